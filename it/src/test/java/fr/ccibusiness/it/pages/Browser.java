package fr.ccibusiness.it.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver; nothing is downloaded. Each page it shows is
 * checked by axe-core (the test resources' pinned copy, injected into the page) once per address path.
 * Closing it fails the test if the browser's console reported a content security policy violation, or
 * axe a serious or critical accessibility violation, on any page it showed.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE = "http://localhost:8080";

    /** axe-core 4.10.3 (npm), kept in the test resources; rules of WCAG 2.0/2.1 A and AA and best practices. */
    private static final String AXE = axeSource();
    private static final String AXE_RUN = "const done = arguments[arguments.length - 1];"
            + " axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => ({rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))"
            + ".catch(e => done('axe failed: ' + e));";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final java.nio.file.Path downloads;
    private final java.util.Set<String> checkedPaths = new java.util.HashSet<>();
    private final java.util.List<String> accessibilityViolations = new java.util.ArrayList<>();

    public Browser(String language) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        try {
            downloads = Files.createTempDirectory("cci-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,1024", "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("cci-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(options);
        // Pages that update themselves (a conversation's polling) replace elements while a test reads them:
        // a wait reads again rather than fail on the stale one.
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    private static String axeSource() {
        try (var in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe on the page shown, the first time its path is shown; what is serious or critical is kept for {@link #close}. */
    private void checkAccessibility() {
        String url = driver.getCurrentUrl();
        if (!url.startsWith(BASE) || !checkedPaths.add(java.net.URI.create(url).getPath())) {
            return;
        }
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object found = js.executeAsyncScript(AXE_RUN);
        if (!"[]".equals(found)) {
            accessibilityViolations.add(url + " " + found);
        }
    }

    public void open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl);
        checkAccessibility();
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    public void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks and waits for the next page to replace this one. */
    public void clickAndWaitForPage(String id) {
        WebElement body = driver.findElement(By.tagName("body"));
        find(id).click();
        awaitNextPage(body);
    }

    /** Waits for the page whose body was {@code body} to be replaced and the next one loaded, then checks it with axe. */
    private void awaitNextPage(WebElement body) {
        wait.until(d -> isGone(body));
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
        checkAccessibility();
    }

    /**
     * Whether an element of the previous page is gone. Chromium reports a node of a replaced document
     * either as stale or, while the new one loads, as "not belonging to the document": both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks the first element the CSS selector finds (a link in a table) and waits for the next page. */
    public void clickFirstAndWaitForPage(String cssSelector) {
        WebElement body = driver.findElement(By.tagName("body"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector))).click();
        awaitNextPage(body);
    }

    /** Sends keys to whatever has the focus, as a person at the keyboard would (Tab, Enter, text). */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The id of the element that has the focus, and whether its focus ring can be seen (an outline or a box shadow). */
    public String focused() {
        return (String) script("const e = document.activeElement; const s = getComputedStyle(e);"
                + " const seen = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"
                + " return (e.id || e.tagName + '.' + e.className) + (seen ? '' : ' (focus not visible)');");
    }

    /**
     * Presses Tab until the focused element (as {@link #focused} names it) starts with {@code target}, at most
     * {@code most} times: the elements met on the way, the last one the target if it was reached.
     */
    public java.util.List<String> tabTo(String target, int most) {
        java.util.List<String> path = new java.util.ArrayList<>();
        for (int i = 0; i < most && !focused().startsWith(target); i++) {
            keys(org.openqa.selenium.Keys.TAB);
            path.add(focused());
        }
        return path;
    }

    /** Waits (15 s at most) until {@code condition} holds, {@code what} naming it if it never does. */
    public void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** Presses Enter on the focused element and waits for the next page. */
    public void enterAndWaitForPage() {
        WebElement body = driver.findElement(By.tagName("body"));
        keys(org.openqa.selenium.Keys.ENTER);
        awaitNextPage(body);
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion containing {@code choice}. */
    public void pick(String autocompleteId, String typed, String choice) {
        type(autocompleteId + "_input", typed);
        By item = By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + choice + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel li")));
    }

    /** Clicks the link holding {@code text} inside the element {@code containerId}, and waits for the next page. */
    public void clickLinkAndWaitForPage(String containerId, String text) {
        WebElement link = find(containerId).findElement(By.xpath(".//a[contains(., '" + text + "')]"));
        WebElement body = driver.findElement(By.tagName("body"));
        link.click();
        awaitNextPage(body);
    }

    /** Clicks the button whose id ends with {@code suffix} in the list item that contains {@code text}. */
    public void clickInRowAndWaitForPage(String listId, String text, String suffix) {
        WebElement row = find(listId).findElement(By.xpath(".//li[contains(., '" + text + "')]"));
        WebElement body = driver.findElement(By.tagName("body"));
        row.findElement(By.cssSelector("[id$='" + suffix + "']")).click();
        awaitNextPage(body);
    }

    /** Types into the field whose id ends with {@code suffix} in the list item that contains {@code text}. */
    public void typeInRow(String listId, String text, String suffix, String value) {
        WebElement row = find(listId).findElement(By.xpath(".//li[contains(., '" + text + "')]"));
        WebElement input = row.findElement(By.cssSelector("[id$='" + suffix + "']"));
        input.clear();
        input.sendKeys(value);
    }

    public String heading() {
        return find("main").findElement(By.tagName("h1")).getText();
    }

    public String text(String id) {
        return wait.until(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /** What an input holds now. */
    public String value(String id) {
        return find(id).getDomProperty("value");
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public Object script(String javascript, Object... arguments) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Waits until the element's text satisfies the condition (pages that update themselves). */
    public void waitForText(String id, java.util.function.Predicate<String> condition, Duration timeout) {
        new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.test(d.findElement(By.id(id)).getText()));
    }

    /** Whether an element with this id is on the page (visible or not). */
    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** Every URL the browser fetched for the current page: the page itself and each resource it loaded. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> fetchedUrls() {
        java.util.List<String> urls = new java.util.ArrayList<>((java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name);"));
        urls.add(driver.getCurrentUrl());
        return urls;
    }

    /** Waits for the browser to finish downloading one file, and returns its bytes; the file goes, for the next download. */
    public byte[] takeDownload() {
        java.nio.file.Path file = awaitDownload();
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the browser to finish downloading one file, and returns it. */
    public java.nio.file.Path awaitDownload() {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try (var files = Files.list(downloads)) {
                // Chromium writes to a hidden temporary file, then to name.crdownload (with an empty placeholder
                // under the final name meanwhile), then renames it: done when no .crdownload is left.
                var names = files.toList();
                if (names.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                return names.stream().filter(f -> !f.getFileName().toString().startsWith(".")).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public java.util.Optional<org.openqa.selenium.Cookie> cookie(String name) {
        return java.util.Optional.ofNullable(driver.manage().getCookieNamed(name));
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Override
    public void close() {
        java.util.List<String> violations;
        try {
            violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::getMessage).filter(Browser::isPolicyViolation).toList();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser's console reported content security policy violations: " + violations);
        }
        if (!accessibilityViolations.isEmpty()) {
            throw new AssertionError("axe-core found serious or critical accessibility violations: "
                    + String.join("\n", accessibilityViolations));
        }
    }

    private static boolean isPolicyViolation(String consoleMessage) {
        return consoleMessage.contains("Content Security Policy") || consoleMessage.contains("Content-Security-Policy");
    }
}
