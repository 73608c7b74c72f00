# helpbot as a container image: Maven builds the jar, a JRE runs it as an unprivileged user.
#   docker build -t helpbot .
# CI cannot build images (no registry is reachable), so ProductionRunIT runs this file's ENTRYPOINT, USER and ENV
# directly against the jar instead; DeploymentFilesTest checks the rest.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
# No home directory and no shell: the bot needs neither. Its one writable place is the cache below.
RUN useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin helpbot \
    && mkdir -p /var/cache/helpbot && chown 10001 /var/cache/helpbot
COPY --from=build /src/bot-app/target/helpbot.jar /app/helpbot.jar
# The sentence encoder's tokenizer unpacks its native library into nlu.cache_dir, and ONNX Runtime unpacks its own
# into java.io.tmpdir (the ENTRYPOINT points it here too): with a read-only root file system, mount this writable.
ENV HELPBOT_NLU_CACHE_DIR=/var/cache/helpbot
VOLUME ["/var/cache/helpbot"]
USER 10001
# 8080: /livez, /readyz, /healthz and /metrics (ops.port). 3000: Slack's HTTP mode (slack.http_port).
EXPOSE 8080 3000
# Container-aware memory: the heap takes half of the container's limit, since ONNX Runtime, the tokenizer, thread
# stacks and metaspace live outside it (measured: README, "Run it in production"). A JVM out of memory exits so the
# orchestrator restarts it rather than limping on.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50.0", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/var/cache/helpbot", "-jar", "/app/helpbot.jar"]
