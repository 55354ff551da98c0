"""Screenshots of issue 17's pages at phone size (390 px): API tokens, a student's privacy page, the processing
register, retention periods and the privacy statement. Usage: api_fuzz_screens.py BASE_URL OUT_DIR"""
import sys
from selenium.webdriver.common.by import By
from browser_common import PHONE, browser, checker, body, login

base, out = sys.argv[1], sys.argv[2]
check = checker("privacy pages")
driver = browser(*PHONE)
try:
    login(driver, base, "coordinator@dewerkplaats.demo")
    driver.get(f"{base}/leerlingen")
    check("Download deze lijst als CSV" in body(driver), "the student list links its CSV")
    first = driver.find_element(By.CSS_SELECTOR, "main table tbody a").get_attribute("href")
    driver.get(first + "/privacy")
    check("Download alles" in body(driver), "the privacy page offers the export")
    driver.save_screenshot(f"{out}/privacy-student-phone.png")
    for path, name, text in [("/instellingen/api-sleutels", "api-tokens", "API-sleutels"),
                             ("/privacy/verwerkingsregister", "register", "Leerlingdossier"),
                             ("/privacy/bewaartermijnen", "retention", "Bewaartermijnen"),
                             ("/privacyverklaring", "statement", "Voor leerlingen")]:
        driver.get(base + path)
        check(text in body(driver), f"{path} shows {text}")
        width = driver.execute_script("return document.documentElement.scrollWidth")
        check(width <= 400, f"{path} fits 390 px (scrollWidth {width})")
        driver.save_screenshot(f"{out}/{name}-phone.png")
finally:
    driver.quit()
print("privacy pages ok")
