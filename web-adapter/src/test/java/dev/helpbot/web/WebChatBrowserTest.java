package dev.helpbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpbot.core.TestBots;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat page in a real browser: Debian's headless Chromium, driven through its chromium-driver by Selenium, at a
 * phone's width, against the web chat on loopback. A person types a symptom, sees the fix, presses a button, reloads
 * and carries on; a script typed into the conversation, and quoted back in the hand-over summary, never runs.
 *
 * <p>Without the browser (a developer's machine) the test is skipped with one line; CI sets
 * {@code HELPBOT_REQUIRE_BROWSER=1} and installs {@code chromium} and {@code chromium-driver}, so there it fails
 * instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class WebChatBrowserTest {

    /** Where the README's screenshot comes from: {@code cp web-adapter/target/web-chat.png web-adapter/web-chat.png}. */
    static final Path SCREENSHOT = Path.of("target", "web-chat.png");
    /** Read as the problem, so the bot keeps it, in the person's words, for the hand-over summary. */
    private static final String PAYLOAD = "my backup fails <img src=x onerror=\"window.pwned=1\">"
            + "<script>window.pwned=2</script>";

    private final FakeStaffDesk desk = new FakeStaffDesk();
    private WebChannel web;
    private ChromeDriver browser;
    private WebDriverWait waiting;
    private Path profile;

    @BeforeAll
    void startTheChatAndTheBrowser() throws Exception {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            String why = "no chromium or chromedriver on PATH (apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("HELPBOT_REQUIRE_BROWSER"))) {
                Assertions.fail("HELPBOT_REQUIRE_BROWSER=1 but " + why);
            }
            System.out.println("WebChatBrowserTest skipped: " + why);
            Assumptions.abort(why);
        }
        web = new WebChannel(WebSettings.local("Thanks, the **support team** has it."), TestBots.channelRuntime(), desk);
        web.start();
        profile = Files.createTempDirectory("helpbot-chromium");
        // As root on a closed network: no sandbox, and none of Chromium's own calls home.
        ChromeOptions options = new ChromeOptions().setBinary(chromium.get().toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        // A phone's screen: headless windows are never narrower than 500 pixels, so emulate one.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 780,
                "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(folder -> Path.of(folder, program)).filter(Files::isExecutable).findFirst();
    }

    private List<WebElement> botMessages() {
        return browser.findElements(By.cssSelector("#log .msg.bot"));
    }

    private WebElement nextBotMessage(int seen) {
        waiting.until(page -> botMessages().size() > seen);
        return botMessages().get(botMessages().size() - 1);
    }

    private void type(String text) {
        WebElement box = browser.findElement(By.id("message"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private WebElement button(String label) {
        return waiting.withMessage(() -> "no button '" + label + "' under: " + browser.findElement(By.id("log")).getText())
                .until(page -> page.findElements(By.cssSelector("#log .choices button")).stream()
                        .filter(b -> b.getText().equals(label)).findFirst().orElse(null));
    }

    private Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    @Order(1)
    void symptom_showsItsFix_asNumberedStepsWithBoldAndButtons() throws Exception {
        browser.get("http://127.0.0.1:" + web.port() + "/");
        WebElement welcome = nextBotMessage(0);
        assertThat(welcome.findElements(By.cssSelector(".choices button"))).isNotEmpty();
        assertThat(browser.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");

        type("icloud says not enough storage");
        WebElement fix = nextBotMessage(1);

        assertThat(fix.getText()).contains("Fix 4 of 9");
        assertThat(fix.findElements(By.cssSelector("strong"))).isNotEmpty();
        assertThat(fix.findElements(By.cssSelector("ol > li"))).hasSizeGreaterThan(1);
        assertThat(fix.findElements(By.cssSelector(".choices button"))).extracting(WebElement::getTagName)
                .isNotEmpty().allMatch("button"::equals);
        assertThat(browser.findElement(By.id("typing")).isDisplayed()).as("the typing indicator went away").isFalse();
        assertThat((Long) script("return document.documentElement.scrollWidth")).as("fits a phone's width")
                .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
        // The picture for the README: what the person said, and the fix from its first line.
        script("document.querySelector('#log .msg.you').scrollIntoView()");
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    @Order(2)
    void pressingAButton_movesTheConversationOn() {
        int seen = botMessages().size();
        button("No, still failing").click();

        assertThat(nextBotMessage(seen).getText()).contains("Thanks for trying that").doesNotContain("Fix 4 of 9");
    }

    @Test
    @Order(3)
    void afterAReload_theConversationIsThere_andGoesOn() {
        String before = browser.findElement(By.id("log")).getText();
        browser.navigate().refresh();
        waiting.until(page -> botMessages().size() >= 3);
        assertThat(browser.findElement(By.id("log")).getText()).isEqualTo(before);

        int seen = botMessages().size();
        button("Yes, it backed up").click();

        assertThat(nextBotMessage(seen).getText()).as("the same conversation, now resolved").doesNotContain("Hi! I help");
        assertThat(browser.findElements(By.cssSelector("#log .msg.you"))).extracting(WebElement::getText)
                .anySatisfy(said -> assertThat(said).contains("not enough storage"));
    }

    @Test
    @Order(4)
    void scriptTypedByThePerson_andQuotedBackInTheSummary_neverRuns() {
        browser.findElement(By.id("new-chat")).click();
        nextBotMessage(0);
        type(PAYLOAD);
        nextBotMessage(1);
        type("[x](javascript:window.pwned=3) **bold?**");
        nextBotMessage(2);
        button("Talk to a person").click();
        WebElement contact = waiting.until(page -> {
            WebElement form = page.findElement(By.id("contact"));
            return form.isDisplayed() ? form : null;
        });
        browser.findElement(By.tagName("summary")).click();
        String summary = browser.findElement(By.id("summary-text")).getText();

        assertThat(summary).contains("img src=x onerror").contains("script");
        assertThat(script("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#log img, #log script, #log a[href^='javascript'], #contact img,"
                + " #contact script"))).isEmpty();
        // Shown as typed, after the speaker's name that only screen readers announce.
        assertThat(browser.findElements(By.cssSelector(".msg.you"))).extracting(WebElement::getText)
                .anySatisfy(said -> assertThat(said).endsWith("\n" + PAYLOAD))
                .anySatisfy(said -> assertThat(said).endsWith("\n[x](javascript:window.pwned=3) **bold?**"));

        browser.findElement(By.id("contact-email")).sendKeys("ana@example.com");
        contact.findElement(By.id("contact-send")).click();

        waiting.until(page -> !page.findElements(By.cssSelector("#log .msg.notice")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#log .msg.notice strong")).getText()).isEqualTo("support team");
        assertThat(desk.notes).singleElement().satisfies(note -> assertThat(note.from()).contains("ana@example.com"));
        assertThat(script("return window.pwned === undefined")).isEqualTo(true);
    }
}
