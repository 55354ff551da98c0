"""Issue 13 in a real browser: leadership opens the quality dashboard at phone size (390×844) and at desktop size;
the SVG charts render (with their tables beside them), no page is wider than the phone, the trend and breakdown
sections open without JavaScript, and the PDF report opens. Saves screenshots (and the PDF) in the artifacts folder."""
import sys
import urllib.request

from selenium.webdriver.common.by import By

from browser_common import PHONE, body, browser, checker, login, page_width

base, artifacts = sys.argv[1], sys.argv[2]
check = checker("quality dashboard")
EMAIL = "directie@dewerkplaats.demo"

for name, size in (("phone", PHONE), ("desktop", (1280, 900))):
    driver = browser(*size)
    try:
        login(driver, base, EMAIL)
        check("Kwaliteit van de stages" in body(driver), f"{name}: the home page links to the dashboard")
        driver.get(f"{base}/kwaliteit")
        text = body(driver)
        check("Kwaliteitseisen en gemeten waarde" in text, f"{name}: the dashboard opens")
        charts = driver.find_elements(By.CSS_SELECTOR, "figure.chart-figure svg")
        check(len(charts) >= 3, f"{name}: SVG charts are on the page ({len(charts)})")
        first = charts[0]
        check(first.size["width"] > 200 and first.size["height"] > 100, f"{name}: the first chart is drawn ({first.size})")
        bars = driver.find_elements(By.CSS_SELECTOR, "figure.chart-figure svg rect.bar")
        check(bars, f"{name}: the charts have bars")
        check(driver.find_elements(By.CSS_SELECTOR, "figure.chart-figure table th[scope=row]"), f"{name}: the numbers are in a table")
        check("Uitstroommonitor" in text, f"{name}: the outflow figures are shown")
        if name == "phone":
            check(page_width(driver) <= PHONE[0], f"the dashboard fits a {PHONE[0]} px phone (is {page_width(driver)} px)")
        driver.save_screenshot(f"{artifacts}/quality-dashboard-{name}.png")
        # A trend opens with a tap, no script.
        summary = driver.find_elements(By.CSS_SELECTOR, "details > summary")[0]
        driver.execute_script("arguments[0].scrollIntoView({block:'start'});", summary)
        summary.click()
        opened = driver.find_elements(By.CSS_SELECTOR, "details[open] svg")
        check(opened and opened[0].size["height"] > 40, f"{name}: a trend chart opens")
        driver.save_screenshot(f"{artifacts}/quality-trend-{name}.png")
        if name == "phone":
            driver.get(f"{base}/kwaliteit/kalender")
            check("Kwaliteitszorgkalender" in body(driver), "the calendar opens")
            check(page_width(driver) <= PHONE[0], f"the calendar fits a {PHONE[0]} px phone (is {page_width(driver)} px)")
            driver.save_screenshot(f"{artifacts}/quality-calendar-phone.png")
        else:
            # The PDF report, with the browser's session cookie.
            cookie = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
            request = urllib.request.Request(f"{base}/kwaliteit/rapport.pdf", headers={"Cookie": cookie})
            with urllib.request.urlopen(request, timeout=60) as answer:
                data = answer.read()
                check(answer.headers.get("Content-Type", "").startswith("application/pdf"), "the report is a PDF")
            check(data.startswith(b"%PDF") and len(data) > 5000, f"the PDF report opens ({len(data)} bytes)")
            with open(f"{artifacts}/quality-report.pdf", "wb") as out:
                out.write(data)
    finally:
        driver.quit()
print("quality dashboard: ok")
