"""Signs in as the demo coordinator in headless Chromium, opens the student list and takes screenshots."""
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, artifacts = sys.argv[1], sys.argv[2]


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check(condition, message):
    if not condition:
        raise SystemExit(f"browser smoke test failed: {message}")


for name, (width, height) in {"desktop": (1280, 900), "phone": (390, 844)}.items():
    driver = browser(width, height)
    try:
        driver.get(f"{base}/leerlingen")
        check("/login" in driver.current_url, "an anonymous visitor is sent to the login page")
        driver.find_element(By.ID, "email").send_keys("coordinator@dewerkplaats.demo")
        driver.find_element(By.ID, "password").send_keys("Stagelijn-demo-2026")
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        check(driver.current_url.rstrip("/").endswith("/leerlingen"), f"after login back on the student list, got {driver.current_url}")
        check(driver.find_element(By.TAG_NAME, "h1").text == "Leerlingen", "the page heading is Dutch")
        rows = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
        check(len(rows) >= 100, f"a full page of students is shown ({len(rows)} rows)")
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl", "the page is marked Dutch")
        driver.save_screenshot(f"{artifacts}/students-{name}.png")
        # search narrows the list
        box = driver.find_element(By.ID, "q")
        box.send_keys("4A")
        box.submit()
        WebDriverWait(driver, 10).until(lambda d: "q=4A" in d.current_url)
        narrowed = driver.find_elements(By.CSS_SELECTOR, "tbody tr")
        check(0 < len(narrowed) < len(rows), f"searching for a class narrows the list ({len(narrowed)} of {len(rows)} rows, {driver.current_url})")
        print(f"{name}: signed in, {len(rows)} students listed, screenshot {artifacts}/students-{name}.png")
    finally:
        driver.quit()
