package dk.aarshjul.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import dk.aarshjul.calendar.WorkingTime;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as a Danish municipal PC would show the pages,
 * with a screenshot of every step under {@code target/screenshots/<name>/}. Without Chromium a
 * developer's run skips the browser tests; CI (where {@code .ci/run} installs it) fails instead.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private final WebDriverWait wait;

	/** A cold webapp's first wait: a page stuck on its spinner is loaded again sooner than a normal wait gives up. */
	private final WebDriverWait firstLoad;

	/**
	 * Chromium's disk caches, one per browser open at the same time: a municipal PC keeps the
	 * webapps' scripts between visits, and two Chromiums never write one cache.
	 */
	private static final Deque<Path> FREE_CACHES = new ConcurrentLinkedDeque<>();

	private static final AtomicInteger CACHES = new AtomicInteger();

	private final ChromeDriver driver;

	private final Path cache;

	private final Path screenshots;

	private int step;

	private Browser(ChromeDriver driver, Path cache, Path screenshots) {
		this.driver = driver;
		this.cache = cache;
		// Selenium polls every 500 ms by default: over the suite's few hundred waits that was
		// minutes of an idle browser and an idle server
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
		// While a page is being replaced (a form posted, a redirect), Chromium answers a lookup in the
		// old document with "Node with given id does not belong to the document" instead of a stale
		// element: the next poll, in the new page, is what counts.
		this.wait.ignoring(StaleElementReferenceException.class, WebDriverException.class);
		this.firstLoad = new WebDriverWait(driver, Duration.ofSeconds(8), Duration.ofMillis(50));
		this.firstLoad.ignoring(StaleElementReferenceException.class, WebDriverException.class);
		this.screenshots = screenshots;
	}

	public static Browser open(String name) throws IOException {
		boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
		if (System.getenv("CI") == null) {
			Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		// a closed network: Chromium must not try to reach Google's services
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--lang=da-DK");
		Path cache = FREE_CACHES.poll();
		if (cache == null) {
			cache = Path.of("target", "browser-cache", String.valueOf(CACHES.incrementAndGet())).toAbsolutePath();
		}
		options.addArguments("--disk-cache-dir=" + cache);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
		// On Linux Chromium takes its own language — which orders a date field's dd.mm.åååå — from
		// LANGUAGE, not from --lang, and needs Debian's chromium-l10n for it (.ci/run installs it).
		// Headless Chromium would run in the machine's zone (UTC in CI) while the tests' JVM runs in
		// Copenhagen: between 23 and 24 UTC "today" differed by a day. The municipality's zone for both.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.withEnvironment(Map.of("LANGUAGE", "da", "TZ", WorkingTime.ZONE.getId()))
			.build();
		Path screenshots = Path.of("target", "screenshots", name);
		Files.createDirectories(screenshots);
		try (var old = Files.list(screenshots)) {
			for (Path file : old.toList()) {
				Files.delete(file);
			}
		}
		try {
			return new Browser(new ChromeDriver(service, options), cache, screenshots);
		}
		catch (RuntimeException notStarted) {
			FREE_CACHES.push(cache);
			throw notStarted;
		}
	}

	/**
	 * From the next page on, the pages' clock ({@code new Date()}, {@code Date.now()}) reads
	 * {@code now} and runs on from it, so a test decides what "today" a page sees, as
	 * {@code ClockUtil} does for the server. The zone stays the browser's own. Call it before
	 * {@link #go}.
	 */
	public void clockAt(Instant now) {
		long shift = now.toEpochMilli() - System.currentTimeMillis();
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				(() => {
				  const RealDate = Date;
				  const shift = %d;
				  function ShiftedDate(...args) {
				    if (!new.target) {
				      return new RealDate(RealDate.now() + shift).toString();
				    }
				    return args.length ? new RealDate(...args) : new RealDate(RealDate.now() + shift);
				  }
				  ShiftedDate.prototype = RealDate.prototype;
				  ShiftedDate.now = () => RealDate.now() + shift;
				  ShiftedDate.UTC = RealDate.UTC;
				  ShiftedDate.parse = RealDate.parse;
				  window.Date = ShiftedDate;
				})();
				""".formatted(shift)));
	}

	public void go(String url) {
		driver.get(url);
	}

	/**
	 * Opens {@code url} and signs in on Årshjul's sign-in page it leads to (or is) as {@code user} with
	 * the demo's password, waiting until the sign-in is done: a navigation straight after the click
	 * could cut it short. A wrong password delays the next sign-in (Camunda's login delay), so tests
	 * that try one use {@link #signIn(String, String, String)} and expect the page to stay.
	 */
	public void signIn(String url, String user) {
		signIn(url, user, "demo");
	}

	public void signIn(String url, String user, String password) {
		go(url);
		type(By.id("username"), user);
		type(By.id("password"), password);
		click(By.cssSelector("main button[type='submit']"));
		waitUntilGone(By.id("password"));
	}

	/** Signs in on the way to Tasklist ({@code base} is the application's address) and waits for its filters. */
	public void signInToTasklist(String base, String user) {
		signIn(base + "/camunda/app/tasklist/default/", user);
		waitFor(By.cssSelector(".task-filter"));
	}

	/** Opens a task in Tasklist, claims it and waits until its form may be completed. */
	public void openAndClaimInTasklist(String base, String taskId) {
		go(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
		click(By.xpath("//button[contains(., 'Tag opgaven')]"));
		waitFor(By.xpath("//button[contains(., 'Afslut opgaven') and not(@disabled)]"));
	}

	public WebElement waitFor(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Waits for an element of a webapp's first page in this JVM, loading the page again when it has
	 * not come within 8 seconds, and again after each of two more waits: a cold Cockpit or Admin (its
	 * scripts and thousands of texts) has been seen to stay on its spinner on a busy machine, where a
	 * reload shows the page (a first wait of the usual 20 seconds cost a run 20 seconds each time).
	 */
	public WebElement waitForColdLoad(By locator) throws IOException {
		return coldLoad(wait -> wait.until(ExpectedConditions.visibilityOfElementLocated(locator)));
	}

	/** As {@link #waitForColdLoad(By)}, for a text anywhere on the page. */
	public void waitForColdLoadText(String text) throws IOException {
		coldLoad(wait -> wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text)));
	}

	private <T> T coldLoad(Function<WebDriverWait, T> shown) throws IOException {
		for (int attempt = 1;; attempt++) {
			try {
				return shown.apply(attempt == 1 ? firstLoad : wait);
			}
			catch (TimeoutException stillLoading) {
				screenshot("cold-load");
				if (attempt == 3) {
					throw stillLoading;
				}
				driver.navigate().refresh();
			}
		}
	}

	public void waitForText(By locator, String text) throws IOException {
		try {
			wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
		}
		catch (TimeoutException ex) {
			screenshot("timeout");
			throw ex;
		}
	}

	public void waitUntilGone(By locator) {
		wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
	}

	public void click(By locator) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
		// Tasklist's fixed footer covers the bottom of long forms
		driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		element.click();
	}

	public void type(By locator, String text) {
		WebElement field = waitFor(locator);
		field.clear();
		field.sendKeys(text);
	}

	public String text(By locator) {
		return waitFor(locator).getText();
	}

	public String pageText() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public List<WebElement> findAll(By locator) {
		return driver.findElements(locator);
	}

	public String currentUrl() {
		return driver.getCurrentUrl();
	}

	/** Resizes the window, e.g. to a phone's width. */
	public void resize(int width, int height) {
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
	}

	public Object script(String script, Object... arguments) {
		return driver.executeScript(script, arguments);
	}

	/** Runs a script that ends by calling the callback Selenium passes as its last argument. */
	public Object asyncScript(String script, Object... arguments) {
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return driver.executeAsyncScript(script, arguments);
	}

	/** Keys to whatever has the focus, as a keyboard user types them. */
	public void press(CharSequence... keys) {
		driver.switchTo().activeElement().sendKeys(keys);
	}

	/** The element that has the keyboard focus. */
	public WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** Saves a screenshot named for the step, numbered in order. */
	public Path screenshot(String what) throws IOException {
		step++;
		Path file = screenshots.resolve("%02d-%s.png".formatted(step, what));
		Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		return file;
	}

	/**
	 * The page as Chromium prints it on A4 in landscape with its backgrounds, as a PDF: what "Udskriv"
	 * and "Gem som PDF" give. Saved beside the screenshots, numbered as they are.
	 */
	public byte[] printA4Landscape(String what) throws IOException {
		PrintOptions options = new PrintOptions();
		options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
		options.setPageSize(new PageSize(21.0, 29.7));
		options.setBackground(true);
		byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
		step++;
		Files.write(screenshots.resolve("%02d-%s.pdf".formatted(step, what)), pdf);
		return pdf;
	}

	/** Where this browser's screenshots go. */
	public Path screenshots() {
		return screenshots;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FREE_CACHES.push(cache);
		}
	}

}
