package dev.helpbot.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpbot.app.deploy.DeploymentFiles;
import dev.helpbot.app.instances.FakeSlackWebApi.Post;
import dev.helpbot.app.redis.RedisTestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes from the packaged jar share a real redis-server behind a fake Slack that retries what was not
 * acknowledged, as Slack does. First the same event goes to both at the same moment, 100 times; then 1,000 scripted
 * direct-message conversations run over the HTTP path, 40 at a time, and instance A is killed with SIGKILL when 40%
 * of the turns are done. Every conversation's replies are compared with the same script played through
 * {@code chat --json}. It prints its figures; the README quotes them.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class TwoInstancesChaosIT {

    private static final int CONVERSATIONS = 1_000;
    private static final int AT_ONCE = 40;
    private static final int SAME_EVENT_TWICE = 100;
    private static final double KILL_AT = 0.4;
    /** A tenth of the default, like the retry schedule in {@link RetryingSlack}. */
    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final List<List<String>> SCRIPTS = List.of(
            List.of("icloud storage is full", "didnt work", "skip", "it worked!"),
            List.of("wifi keeps dropping", "still failing", "that fixed it thanks"),
            List.of("my backup keeps failing", "no luck", "nope", "it backed up now"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void thousandConversations_oneInstanceKilledMidway_everyTranscriptAsScripted_noTurnLostOrAnsweredTwice()
            throws Exception {
        List<List<List<String>>> expected = referenceReplies();
        try (RedisTestServer redis = new RedisTestServer().start(); FakeSlackWebApi slack = new FakeSlackWebApi()) {
            // Each instance as its container runs it: the image's JVM options and environment, its cache in a folder.
            ContainerImage image = ContainerImage.read();
            BotProcess a = instance("a", image, redis, slack);
            BotProcess b = instance("b", image, redis, slack);
            try {
                a.awaitReady(Duration.ofSeconds(90));
                b.awaitReady(Duration.ofSeconds(90));
                RetryingSlack.Instance instanceA = new RetryingSlack.Instance("a", a.slackPort);
                RetryingSlack.Instance instanceB = new RetryingSlack.Instance("b", b.slackPort);
                RetryingSlack sender = new RetryingSlack(List.of(instanceA, instanceB));

                sameEventToBothAtOnce(sender, instanceA, instanceB, slack, expected.get(0).get(0));
                Run run = conversations(sender, slack, a);
                Thread.sleep(LEASE.toMillis() + 2_000); // late repeats would arrive by now

                Verdict verdict = judge(slack, expected, run.killedAtNanos);
                System.out.printf("chaos: %d conversations, %d turns in %.1f s (%.0f turns/s); instance a killed (SIGKILL)"
                                + " after %d turns; Slack tries %d, retries %d, failed tries %d, deferred (503) %d;"
                                + " as scripted %d, lost turns %d, answered twice %d, diverged %d%n",
                        CONVERSATIONS, run.turns, run.seconds, run.turns / run.seconds, run.turnsBeforeKill,
                        sender.tries.get(), sender.retries.get(), sender.failedTries.get(), sender.deferred.get(),
                        verdict.asScripted, verdict.lost.size(), verdict.twice.size(), verdict.diverged.size());
                sender.retried.forEach(d -> System.out.println("chaos: retried " + d.eventId() + ": " + d.tries()));
                verdict.twice.forEach(line -> System.out.println("chaos: answered twice: " + line));
                verdict.lost.forEach(line -> System.out.println("chaos: lost: " + line));
                verdict.diverged.forEach(line -> System.out.println("chaos: diverged: " + line));
                long resident = b.residentMegabytes();
                System.out.println("chaos: instance b's resident memory after the run: " + resident + " MB (the image's"
                        + " JVM options, sized for the Deployment's " + DeploymentFiles.kubernetesMemoryLimitMegabytes()
                        + " MB limit)");
                assertThat(resident).as("resident MB within the Deployment's limit")
                        .isLessThan(DeploymentFiles.kubernetesMemoryLimitMegabytes());

                assertThat(run.killedAtNanos).as("a was killed mid-run").isPositive();
                assertThat(verdict.lost).as("turns never answered").isEmpty();
                assertThat(verdict.diverged).as("transcripts that left their script").isEmpty();
                assertThat(verdict.twice).as("a turn is answered twice only when a posted its reply and was killed"
                        + " before it recorded the delivery answered; b's retry then posts the kept reply again")
                        .allSatisfy(line -> assertThat(line).contains("first by a before the kill, again by b"));
                assertThat(verdict.asScripted + verdict.twice.size()).isEqualTo(CONVERSATIONS);
            } finally {
                a.close();
                b.close();
            }
        }
    }

    private BotProcess instance(String name, ContainerImage image, RedisTestServer redis, FakeSlackWebApi slack)
            throws Exception {
        Path cache = Files.createDirectories(folder.resolve("cache-" + name));
        Map<String, String> env = new HashMap<>(image.env(cache));
        env.putAll(Map.of("REDIS_URL", redis.url(), "HELPBOT_SESSIONS_DELIVERY_LEASE", LEASE.toSeconds() + "s"));
        List<String> options = new ArrayList<>(image.javaOptions(cache));
        // The JVM sizes itself as in a container with the Kubernetes Deployment's memory limit.
        options.add("-XX:MaxRAM=" + DeploymentFiles.kubernetesMemoryLimitMegabytes() + "m");
        return BotProcess.startSlack(name, slack.apiBaseUrl(), env, folder, options);
    }

    /** The same event at the same moment to both instances: one reply, and both acknowledge. */
    private static void sameEventToBothAtOnce(RetryingSlack sender, RetryingSlack.Instance a, RetryingSlack.Instance b,
                                              FakeSlackWebApi slack, List<String> firstReply) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<List<String>>> answers = new ArrayList<>();
        // Both JVMs answer a few messages first: the same event to both is about two warm instances, not JIT start-up.
        for (int i = 0; i < 20; i++) {
            for (RetryingSlack.Instance instance : List.of(a, b)) {
                String channel = String.format("DWARM%s%03d", instance.name, i);
                untilAcknowledged(sender, instance, RetryingSlack.directMessage("EvWarm" + instance.name + i, channel,
                        String.format("UWARM%s%03d", instance.name, i), SCRIPTS.get(i % SCRIPTS.size()).get(0), 0), 0);
            }
        }
        for (int i = 0; i < SAME_EVENT_TWICE; i++) {
            String channel = String.format("DSAME%04d", i);
            String body = RetryingSlack.directMessage("EvSame" + i, channel, String.format("USAME%04d", i),
                    SCRIPTS.get(0).get(0), 0);
            answers.add(pool.submit(() -> {
                CountDownLatch go = new CountDownLatch(1);
                ExecutorService two = Executors.newFixedThreadPool(2);
                Future<String> toA = two.submit(() -> { go.await(); return untilAcknowledged(sender, a, body, 0); });
                Future<String> toB = two.submit(() -> { go.await(); return untilAcknowledged(sender, b, body, 1); });
                go.countDown();
                List<String> both = List.of(toA.get(), toB.get());
                two.shutdown();
                return both;
            }));
        }
        for (Future<List<String>> answer : answers) {
            assertThat(answer.get()).as("both instances acknowledge").allSatisfy(tries -> assertThat(tries).endsWith("200"));
        }
        pool.shutdown();
        Thread.sleep(1_000);
        int repliesAt = 0;
        for (int i = 0; i < SAME_EVENT_TWICE; i++) {
            List<Post> posts = slack.posts(String.format("DSAME%04d", i));
            assertThat(posts).as("replies to event %d sent to both", i).hasSize(1);
            assertThat(posts.get(0).choiceIds()).isEqualTo(firstReply);
            repliesAt += posts.get(0).token().contains("-a-") ? 1 : 0;
        }
        System.out.printf("chaos: the same event to both instances at once, %d times: %d replies (%d by a, %d by b),"
                + " every delivery acknowledged%n", SAME_EVENT_TWICE, SAME_EVENT_TWICE, repliesAt, SAME_EVENT_TWICE - repliesAt);
    }

    /**
     * Sends to one instance until it acknowledges, as Slack would retry a try that timed out (a cold JVM on a busy
     * machine can take longer than 3 s for its first requests); the answers, comma-separated.
     */
    private static String untilAcknowledged(RetryingSlack sender, RetryingSlack.Instance target, String body, int retryNum) {
        List<String> answers = new ArrayList<>();
        for (int attempt = retryNum; answers.isEmpty() || !answers.get(answers.size() - 1).equals("200") && attempt <= 3;
             attempt++) {
            answers.add(sender.sendTo(target, body, attempt));
        }
        return String.join(",", answers);
    }

    private record Run(int turns, int turnsBeforeKill, long killedAtNanos, double seconds) {
    }

    private Run conversations(RetryingSlack sender, FakeSlackWebApi slack, BotProcess victim) throws Exception {
        int totalTurns = 0;
        for (int c = 0; c < CONVERSATIONS; c++) {
            totalTurns += SCRIPTS.get(c % SCRIPTS.size()).size();
        }
        int killAfter = (int) (totalTurns * KILL_AT);
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong killedAt = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        long started = System.nanoTime();
        List<Future<?>> conversations = new ArrayList<>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            int conversation = c;
            conversations.add(pool.submit(() -> {
                List<String> script = SCRIPTS.get(conversation % SCRIPTS.size());
                String channel = String.format("D%05d", conversation);
                for (int turn = 0; turn < script.size(); turn++) {
                    String eventId = "Ev" + conversation + "T" + turn;
                    sender.deliver(eventId, RetryingSlack.directMessage(eventId, channel,
                            String.format("U%05d", conversation), script.get(turn), turn));
                    // A person waits for the answer before typing again; a lost turn ends the conversation here.
                    if (!slack.awaitPosts(channel, turn + 1, 60_000)) {
                        return null;
                    }
                    if (done.incrementAndGet() >= killAfter && killed.compareAndSet(false, true)) {
                        new Thread(() -> {
                            try {
                                victim.kill();
                                // Once SIGKILL has taken effect: everything a posted, it posted before this.
                                killedAt.set(System.nanoTime());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }, "kill-a").start();
                    }
                }
                return null;
            }));
        }
        for (Future<?> conversation : conversations) {
            conversation.get();
        }
        pool.shutdown();
        return new Run(done.get(), killAfter, killedAt.get(), (System.nanoTime() - started) / 1e9);
    }

    private record Verdict(int asScripted, List<String> lost, List<String> twice, List<String> diverged) {
    }

    /** Each conversation's posts against its script's replies, with every repeat explained by who posted it when. */
    private static Verdict judge(FakeSlackWebApi slack, List<List<List<String>>> expected, long killedAt) {
        int asScripted = 0;
        List<String> lost = new CopyOnWriteArrayList<>();
        List<String> twice = new CopyOnWriteArrayList<>();
        List<String> diverged = new CopyOnWriteArrayList<>();
        for (int c = 0; c < CONVERSATIONS; c++) {
            List<List<String>> replies = expected.get(c % SCRIPTS.size());
            List<Post> posts = slack.posts(String.format("D%05d", c));
            int matched = 0;
            boolean repeated = false;
            boolean left = false;
            for (int p = 0; p < posts.size(); p++) {
                Post post = posts.get(p);
                if (matched < replies.size() && post.choiceIds().equals(replies.get(matched))) {
                    matched++;
                } else if (p > 0 && post.choiceIds().equals(posts.get(p - 1).choiceIds())
                        && post.text().equals(posts.get(p - 1).text())) {
                    Post first = posts.get(p - 1);
                    repeated = true;
                    twice.add("conversation " + c + " turn " + matched + ": first by " + who(first)
                            + (first.atNanos() < killedAt ? " before the kill" : " after the kill") + ", again by "
                            + who(post) + " " + (post.atNanos() - first.atNanos()) / 1_000_000 + " ms later");
                } else {
                    left = true;
                    diverged.add("conversation " + c + " post " + (p + 1) + " by " + who(post) + ": " + post.choiceIds()
                            + ", expected " + (matched < replies.size() ? replies.get(matched) : "nothing more"));
                    break;
                }
            }
            if (!left && matched < replies.size()) {
                lost.add("conversation " + c + " turn " + (matched + 1) + " of " + replies.size());
            } else if (!left && !repeated) {
                asScripted++;
            }
        }
        return new Verdict(asScripted, lost, twice, diverged);
    }

    private static String who(Post post) {
        return post.token().contains("-a-") ? "a" : "b";
    }

    /** The choice ids of every reply, per script, from the same jar's {@code chat --json}. */
    private List<List<List<String>>> referenceReplies() throws Exception {
        StringBuilder input = new StringBuilder();
        for (int s = 0; s < SCRIPTS.size(); s++) {
            for (String text : SCRIPTS.get(s)) {
                input.append(JSON.createObjectNode().put("user", "s" + s).put("text", text)).append('\n');
            }
        }
        Path out = folder.resolve("reference.jsonl");
        Process chat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                BotProcess.JAR.toString(), "chat", "--json").redirectOutput(out.toFile())
                .redirectError(folder.resolve("reference.log").toFile()).start();
        chat.getOutputStream().write(input.toString().getBytes(StandardCharsets.UTF_8));
        chat.getOutputStream().close();
        assertThat(chat.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<List<List<String>>> replies = new ArrayList<>();
        SCRIPTS.forEach(script -> replies.add(new ArrayList<>()));
        for (String line : Files.readAllLines(out)) {
            JsonNode reply = JSON.readTree(line);
            List<String> ids = new ArrayList<>();
            reply.get("choices").forEach(choice -> ids.add(choice.get("id").asText()));
            replies.get(Integer.parseInt(reply.get("user").asText().substring(1))).add(ids);
        }
        for (int s = 0; s < SCRIPTS.size(); s++) {
            assertThat(replies.get(s)).as("script %d", s).hasSize(SCRIPTS.get(s).size()).doesNotContain(List.of());
        }
        return replies;
    }
}
