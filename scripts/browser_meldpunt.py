"""The meldpunt in a real browser at phone size (issue 12): a student reports anonymously without signing in, keeps
the follow-up code, the coordinator answers in the handlers' list, and the student reads the answer with the code.
Every page is checked for sideways scrolling at 390 px and with axe-core (WCAG 2.1 AA)."""
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, artifacts = sys.argv[1], sys.argv[2]
PASSWORD = "Stagelijn-demo-2026"
ANSWER = "Dank je voor je melding. Kun je morgen in de pauze bij mij langskomen?"


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    # A phone's viewport (headless windows are at least 500 px wide, so the window size alone is not a phone).
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})
   .then(function (result) { done(result.violations); })
   .catch(function (error) { done([{id: 'axe-error', impact: 'critical', nodes: [], help: String(error)}]); });
"""


def check(condition, message):
    if not condition:
        raise SystemExit(f"browser meldpunt failed: {message}")


def body(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def submit(driver, css="form.stack button[type=submit]"):
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, css).click()
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.TAG_NAME, "html") != old)


def fits_and_accessible(driver, name):
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= 390, f"{name}: the page scrolls sideways on a phone ({width} px)")
    Axe(driver).inject()  # the package only brings axe-core; it is run with its promise API
    driver.set_script_timeout(60)
    violations = [v for v in driver.execute_async_script(AXE_RUN) if v["impact"] in ("serious", "critical")]
    check(not violations, f"{name}: axe {[(v['id'], v['help']) for v in violations]}")
    driver.save_screenshot(f"{artifacts}/meldpunt-{name}.png")


student, coordinator = browser(), browser()
try:
    # A student without signing in: choose the school, report anonymously.
    student.get(f"{base}/melden")
    fits_and_accessible(student, "kies-school")
    student.find_element(By.PARTIAL_LINK_TEXT, "Praktijkschool De Werkplaats").click()
    WebDriverWait(student, 15).until(lambda d: "/melden/PRO-ALK" in d.current_url)
    check("Bijvoorbeeld" in body(student), "every category shows an example")
    fits_and_accessible(student, "formulier")
    for choice in ("category-sociale-onveiligheid", "phase-tijdens", "mode-opvolgen", "reporterKind-leerling"):
        student.find_element(By.CSS_SELECTOR, f"label[for='{choice}']").click()
    student.find_element(By.ID, "description").send_keys("Een collega scheldt me elke dag uit waar de klanten bij zijn.")
    submit(student)
    code = student.find_element(By.ID, "volgcode").text.strip()
    check(len(code) == 14, f"a follow-up code is shown ({code!r})")
    fits_and_accessible(student, "volgcode")

    # The coordinator answers.
    coordinator.get(f"{base}/login")
    coordinator.find_element(By.ID, "email").send_keys("coordinator@dewerkplaats.demo")
    coordinator.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(coordinator)
    coordinator.get(f"{base}/meldingen")
    check("Sociale onveiligheid" in body(coordinator), "the report is in the handlers' list")
    coordinator.find_element(By.CSS_SELECTOR, "main table tbody tr td a").click()
    WebDriverWait(coordinator, 15).until(lambda d: "scheldt me elke dag uit" in body(d))
    coordinator.find_element(By.XPATH, "//summary[normalize-space()='Bericht aan de melder']").click()
    coordinator.find_element(By.ID, "text-bericht").send_keys(ANSWER)
    submit(coordinator, "details[open] form button[type=submit]")
    check(ANSWER in body(coordinator), "the answer is in the report's history")
    fits_and_accessible(coordinator, "behandelaar")

    # The student reads the answer with the code (typed in lower case, as on a phone keyboard).
    student.get(f"{base}/melden/volgen")
    student.find_element(By.ID, "code").send_keys(code.lower())
    submit(student)
    check(ANSWER in body(student), "the student reads the answer with the code")
    fits_and_accessible(student, "reactie")
    print("browser meldpunt: anonymous report, answer and reading with the code all work at phone size")
finally:
    student.quit()
    coordinator.quit()
