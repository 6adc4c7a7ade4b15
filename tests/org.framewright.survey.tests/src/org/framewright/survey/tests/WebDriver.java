package org.framewright.survey.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Headless Chromium driven through chromedriver with the W3C WebDriver protocol: just the commands the
 * questionnaire's tests need. Chromium and chromedriver are required (Debian: apt-get install chromium
 * chromium-driver); CHROMIUM and CHROMEDRIVER name other binaries.
 */
final class WebDriver implements AutoCloseable {

	/** The key under which WebDriver passes an element reference. */
	static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

	static final String TAB = "\uE004";
	static final String SPACE = "\uE00D";
	static final String ARROW_DOWN = "\uE015";

	private static final Duration STARTUP = Duration.ofSeconds(30);

	private final Process driver;
	private final Path log;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	private final URI base;
	private String session;

	private WebDriver(Process driver, Path log, URI base) {
		this.driver = driver;
		this.log = log;
		this.base = base;
	}

	/** Starts chromedriver and a headless Chromium whose downloads go to the folder without asking. */
	static WebDriver start(Path work) throws IOException, InterruptedException {
		Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
		Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
		assertTrue(Files.isExecutable(chromium) && Files.isExecutable(chromedriver), "The browser tests need Chromium (" + chromium
				+ ") and chromedriver (" + chromedriver + "): apt-get install chromium chromium-driver, or set CHROMIUM and CHROMEDRIVER");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = work.resolve("chromedriver.log");
		Process process = new ProcessBuilder(chromedriver.toString(), "--port=" + port).redirectErrorStream(true).redirectOutput(log.toFile())
				.start();
		WebDriver webDriver = new WebDriver(process, log, URI.create("http://127.0.0.1:" + port));
		try {
			webDriver.awaitReady();
			webDriver.newSession(chromium, Files.createDirectories(work.resolve("downloads")), Files.createDirectories(work.resolve("profile")));
		} catch (IOException | InterruptedException | RuntimeException | Error e) {
			webDriver.close();
			throw e;
		}
		return webDriver;
	}

	private void awaitReady() throws InterruptedException {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (call("GET", "/status", null).getAsJsonObject().get("ready").getAsBoolean()) {
					return;
				}
			} catch (IOException | WebDriverError e) {
				// not listening yet
			}
			if (!driver.isAlive()) {
				break;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("chromedriver did not start: " + logTail());
	}

	private void newSession(Path chromium, Path downloads, Path profile) throws IOException, InterruptedException {
		JsonObject options = new JsonObject();
		options.addProperty("binary", chromium.toString());
		JsonArray args = new JsonArray();
		for (String arg : List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,900",
				"--user-data-dir=" + profile)) {
			args.add(arg);
		}
		options.add("args", args);
		JsonObject prefs = new JsonObject();
		prefs.addProperty("download.default_directory", downloads.toString());
		prefs.addProperty("download.prompt_for_download", false);
		options.add("prefs", prefs);
		JsonObject always = new JsonObject();
		always.addProperty("browserName", "chrome");
		// An alert a page opened stays open, so that a test can find it (the default would dismiss it).
		always.addProperty("unhandledPromptBehavior", "ignore");
		always.add("goog:chromeOptions", options);
		JsonObject capabilities = new JsonObject();
		capabilities.add("alwaysMatch", always);
		JsonObject body = new JsonObject();
		body.add("capabilities", capabilities);
		session = call("POST", "/session", body).getAsJsonObject().get("sessionId").getAsString();
	}

	void open(URI url) throws IOException, InterruptedException {
		JsonObject body = new JsonObject();
		body.addProperty("url", url.toString());
		command("POST", "/url", body);
	}

	/** The element the CSS selector finds; fails if none. */
	Element find(String css) throws IOException, InterruptedException {
		JsonObject body = new JsonObject();
		body.addProperty("using", "css selector");
		body.addProperty("value", css);
		return new Element(command("POST", "/element", body).getAsJsonObject().get(ELEMENT).getAsString());
	}

	/** A click at the element's centre, as a mouse would. */
	void click(Element element) throws IOException, InterruptedException {
		command("POST", "/element/" + element.id() + "/click", new JsonObject());
	}

	/** Focuses the element and types the text (keys such as {@link #TAB} included). */
	void sendKeys(Element element, String text) throws IOException, InterruptedException {
		JsonObject body = new JsonObject();
		body.addProperty("text", text);
		command("POST", "/element/" + element.id() + "/value", body);
	}

	/** Presses and releases each key in turn, on whatever has the focus. */
	void press(String... keys) throws IOException, InterruptedException {
		JsonArray actions = new JsonArray();
		for (String key : keys) {
			for (String type : List.of("keyDown", "keyUp")) {
				JsonObject action = new JsonObject();
				action.addProperty("type", type);
				action.addProperty("value", key);
				actions.add(action);
			}
		}
		JsonObject keyboard = new JsonObject();
		keyboard.addProperty("type", "key");
		keyboard.addProperty("id", "keyboard");
		keyboard.add("actions", actions);
		JsonArray sources = new JsonArray();
		sources.add(keyboard);
		JsonObject body = new JsonObject();
		body.add("actions", sources);
		command("POST", "/actions", body);
	}

	/** Runs a script in the page (its arguments as arguments[0..]; element ids from find wrapped as elements). */
	JsonElement script(String script, Object... arguments) throws IOException, InterruptedException {
		JsonArray args = new JsonArray();
		for (Object argument : arguments) {
			if (argument instanceof Element element) {
				JsonObject reference = new JsonObject();
				reference.addProperty(ELEMENT, element.id());
				args.add(reference);
			} else {
				args.add(String.valueOf(argument));
			}
		}
		JsonObject body = new JsonObject();
		body.addProperty("script", script);
		body.add("args", args);
		return command("POST", "/execute/sync", body);
	}

	String scriptText(String script, Object... arguments) throws IOException, InterruptedException {
		JsonElement value = script(script, arguments);
		return value.isJsonNull() ? null : value.getAsString();
	}

	List<String> scriptTexts(String script, Object... arguments) throws IOException, InterruptedException {
		List<String> texts = new ArrayList<>();
		script(script, arguments).getAsJsonArray().forEach(e -> texts.add(e.getAsString()));
		return texts;
	}

	/** The text of an open alert, confirm or prompt, if the page opened one. */
	Optional<String> alertText() throws IOException, InterruptedException {
		try {
			return Optional.of(command("GET", "/alert/text", null).getAsString());
		} catch (WebDriverError e) {
			if (e.error.equals("no such alert")) {
				return Optional.empty();
			}
			throw e;
		}
	}

	/** An element reference for {@link #script}. */
	record Element(String id) {
	}

	private JsonElement command(String method, String path, JsonObject body) throws IOException, InterruptedException {
		return call(method, "/session/" + session + path, body);
	}

	private JsonElement call(String method, String path, JsonObject body) throws IOException, InterruptedException {
		HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
				.method(method, publisher).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		JsonElement value = JsonParser.parseString(response.body()).getAsJsonObject().get("value");
		if (response.statusCode() != 200) {
			JsonObject error = value.getAsJsonObject();
			throw new WebDriverError(error.get("error").getAsString(), method + " " + path + ": " + error.get("message").getAsString());
		}
		return value == null ? JsonNull.INSTANCE : value;
	}

	/** An error the driver answered with: its W3C error code ("no such alert") and message. */
	static final class WebDriverError extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final String error;

		WebDriverError(String error, String message) {
			super(error + ": " + message);
			this.error = error;
		}
	}

	private String logTail() {
		try {
			String text = Files.exists(log) ? Files.readString(log) : "";
			return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
		} catch (IOException e) {
			return e.toString();
		}
	}

	@Override
	public void close() {
		try {
			if (session != null) {
				call("DELETE", "/session/" + session, null);
			}
		} catch (IOException | RuntimeException e) {
			// the browser is gone already
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			driver.destroy();
			try {
				if (!driver.waitFor(10, TimeUnit.SECONDS)) {
					driver.destroyForcibly();
				}
			} catch (InterruptedException e) {
				driver.destroyForcibly();
				Thread.currentThread().interrupt();
			}
		}
	}
}
