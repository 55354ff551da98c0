"""Every demo role at phone size (390×844) in headless Chromium: signs in, checks that the home page shows that
person's own items (and nothing school-wide where it must not), saves a screenshot, and runs axe-core (WCAG 2.1 A/AA)
on the pages that role uses. Fails on any serious or critical accessibility violation; lists the rest."""
import json
import sys

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, artifacts = sys.argv[1], sys.argv[2]
PASSWORD = "Stagelijn-demo-2026"

# login → (texts the home page must show, texts it must not show, other pages to check with axe)
ROLES = {
    "coordinator": (["Aandacht nodig", "heeft een stage"], [], ["/leerlingen", "/stages", "/begeleiding", "/logboek"]),
    "begeleider1": (["Mijn leerlingen op stage", "lopend"], ["heeft een stage"], ["/begeleiding"]),
    "mentor1": (["Mijn klas"], ["heeft een stage"], ["/leerlingen"]),
    "zorg": (["Leerlingen met extra ondersteuning"], ["heeft een stage"], []),
    "directie": (["Kengetallen stages", "Alleen aantallen, geen namen"], ["Mijn klas"], []),
    "leerling": (["Mijn stage", "Wat nu?"], ["Kengetallen", "leerjaar 3 heeft"], []),
    "ouder": (["De stage van", "Wat nu?"], ["Kengetallen", "leerjaar 3 heeft"], []),
}


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    # A phone's viewport (headless windows are at least 500 px wide, so the window size alone is not a phone).
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


failures, notes = [], []


AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})
   .then(function (result) { done(result.violations); })
   .catch(function (error) { done([{id: 'axe-error', impact: 'critical', nodes: [], help: String(error)}]); });
"""


def audit(driver, page):
    Axe(driver).inject()   # the package only brings axe-core (3.x); it is run with its promise API below
    driver.set_script_timeout(60)
    for violation in driver.execute_async_script(AXE_RUN):
        line = f"{page}: {violation['id']} ({violation['impact']}, {len(violation['nodes'])}×) {violation['help']}"
        (failures if violation["impact"] in ("serious", "critical") else notes).append(line)


for login, (present, absent, pages) in ROLES.items():
    driver = browser()
    try:
        driver.get(f"{base}/login")
        audit(driver, "/login") if login == "coordinator" else None
        driver.find_element(By.ID, "email").send_keys(f"{login}@dewerkplaats.demo")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        WebDriverWait(driver, 20).until(lambda d: "/login" not in d.current_url or d.find_elements(By.CSS_SELECTOR, ".error-summary"))
        mains = driver.find_elements(By.TAG_NAME, "main")
        if not mains:
            failures.append(f"{login}: no page after login ({driver.current_url}): {driver.page_source[:300]}")
            continue
        text = mains[0].text
        for expected in present:
            if expected.lower() not in text.lower():
                failures.append(f"{login}: home page lacks '{expected}'")
        for unexpected in absent:
            if unexpected in text:
                failures.append(f"{login}: home page shows '{unexpected}', which is not this role's")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        if width > 390:
            notes.append(f"{login}: home page is {width}px wide at 390px (scrolls sideways)")
        driver.save_screenshot(f"{artifacts}/home-{login}-phone.png")
        audit(driver, f"{login} /")
        for page in pages:
            driver.get(base + page)
            audit(driver, f"{login} {page}")
    finally:
        driver.quit()

for line in notes:
    print("note:", line)
if failures:
    print(json.dumps(failures, indent=1, ensure_ascii=False))
    raise SystemExit(f"browser roles test failed: {len(failures)} problem(s)")
print(f"browser roles test passed: {len(ROLES)} roles at phone size, axe-core WCAG 2.1 AA without serious violations")
