"""Issue 14 in a real browser: a year-2 student of Praktijkschool De Werkplaats does the interest test on a phone
(390×844), one statement per page with big buttons; the coordinator records a provisional advice for that student;
the coordinator of VSO De Brug moves a student from BIS to BES; the trajectory pages show both. Saves screenshots
in the artifacts folder."""
import re
import sys

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_common import PHONE, body, browser, checker, click, login, page_width

base, artifacts = sys.argv[1], sys.argv[2]
check = checker("stage line")


def shot(driver, name, phone=True):
    if phone:
        check(page_width(driver) <= PHONE[0], f"{name} fits a {PHONE[0]} px phone (is {page_width(driver)} px)")
    driver.save_screenshot(f"{artifacts}/{name}.png")


AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})
   .then(function (result) { done(result.violations); })
   .catch(function (error) { done([{id: 'axe-error', impact: 'critical', nodes: [], help: String(error)}]); });
"""


def audit(driver, page):
    """axe-core (WCAG 2.1 AA): no serious or critical violation on this page."""
    Axe(driver).inject()
    driver.set_script_timeout(60)
    serious = [f"{v['id']} ({v['impact']}) {v['help']}" for v in driver.execute_async_script(AXE_RUN)
               if v["impact"] in ("serious", "critical")]
    check(not serious, f"{page}: {serious}")


def decide(driver, kind, outcome, people, reason):
    """Opens the decision form of `kind` on a trajectory page, fills it and submits."""
    form = driver.find_element(By.XPATH, f"//form[input[@name='kind' and @value='{kind}']]")
    details = form.find_element(By.XPATH, "..")
    if details.get_attribute("open") is None:
        details.find_element(By.TAG_NAME, "summary").click()
    Select(form.find_element(By.NAME, "outcome")).select_by_value(outcome)
    for box in form.find_elements(By.CSS_SELECTOR, "input[name='participants[]']"):
        if box.is_selected() != (box.get_attribute("value") in people):
            driver.execute_script("arguments[0].scrollIntoView({block:'center'});", box)
            box.click()
    form.find_element(By.NAME, "reason").send_keys(reason)
    old = driver.find_element(By.TAG_NAME, "html")
    driver.execute_script("arguments[0].scrollIntoView({block:'center'});", form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.TAG_NAME, "html") != old)


student, coordinator, vso = browser(*PHONE), browser(), browser(*PHONE)
try:
    # The year-2 student on a phone: home, then the interest test one statement at a time.
    login(student, base, "leerling2@dewerkplaats.demo")
    check("Doe de interessetest" in body(student), "the home page offers the interest test")
    shot(student, "stageline-01-home-student")
    student.find_element(By.LINK_TEXT, "Doe de interessetest").click()
    check("Welk werk vind jij leuk?" in body(student), "the test opens with a short explanation")
    shot(student, "stageline-02-intro")
    click(student, "Begin de test")
    answered = 0
    while "/interessetest/vraag/" in student.current_url:
        text = body(student)
        number = int(re.search(r"Vraag (\d+) van (\d+)", text).group(1))
        if number == 1:
            shot(student, "stageline-03-question")
            audit(student, "interest question")
            big = student.find_element(By.XPATH, "//button[normalize-space()='Leuk']").size
            check(big["height"] >= 48 and big["width"] >= 300, f"the answer buttons are big tap targets ({big})")
        statement = student.find_element(By.TAG_NAME, "h1").text
        liked = any(word in statement for word in ("planten", "park", "dieren", "bakkerij", "salades", "fabriek"))
        click(student, "Leuk" if liked else "Niet leuk")
        answered += 1
        check(answered <= 60, "the test ends")
    check("/interessetest/uitslag" in student.current_url, "the result follows the last question")
    result = body(student)
    check("Groen" in result and "Voedsel" in result, f"the result proposes Groen and Voedsel: {result[:300]}")
    shot(student, "stageline-04-result")
    student.find_element(By.LINK_TEXT, "Naar mijn stagelijn").click()
    check("Jouw stagelijn" in body(student) and "Interessetest" in body(student), "the student's own line")
    shot(student, "stageline-05-student-line")
    audit(student, "student's line")
    line_path = re.search(r"/leerlingen/[0-9A-Fa-f-]{36}/stagelijn", student.current_url).group(0)

    # The coordinator of De Werkplaats records the provisional advice on the student's trajectory page.
    login(coordinator, base, "coordinator@dewerkplaats.demo")
    coordinator.get(f"{base}{line_path}")
    check("Interessetest" in body(coordinator) and "Voorstel" in body(coordinator), "staff see the test result")
    decide(coordinator, "voorlopig-advies", "individuele-stage", {"leerling", "ouders", "mentor"},
           "Werkt netjes en zelfstandig in de kantine; klaar voor een individuele stage.")
    page = body(coordinator)
    check("Voorlopig stage-advies: individuele stage" in page, "the advice is on the trajectory page")
    check("besproken met leerling, ouders, mentor" in page, "with whom it was discussed")
    shot(coordinator, "stageline-06-advice", phone=False)
    audit(coordinator, "trajectory page with forms")
    coordinator.get(f"{base}/stagelijn")
    check("Bezig met: Groepsstage" in body(coordinator) and "Bezig met: Sectorstage" in body(coordinator),
          "the overview shows students at every step")
    shot(coordinator, "stageline-07-overview", phone=False)
    coordinator.get(f"{base}/groepsstage")
    check("Kwekerij De Kas" in body(coordinator) and " van 5" in body(coordinator), "the group stage with its capacity")
    shot(coordinator, "stageline-08-group-stage", phone=False)
    audit(coordinator, "group stage")

    # The VSO coordinator (on a phone) moves a BIS student with a profile to BES.
    login(vso, base, "coordinator@debrug.demo")
    vso.get(f"{base}/stagelijn")
    check("Bezig met: Begeleide interne stage (BIS)" in body(vso), "VSO students in BIS")
    check("Bezig met: Begeleide externe stage (BES)" in body(vso) and "Bezig met: Zelfstandige externe stage (ZES)" in body(vso),
          "and in BES and ZES")
    vso.find_element(By.LINK_TEXT, "Ruben de Groot").click()
    check("Bezig met: Begeleide interne stage (BIS)" in body(vso), "Ruben is in BIS")
    decide(vso, "doorstroom", "bes", {"leerling", "jobcoach", "ouders"}, "Werkt zelfstandig in de schoolkeuken en reist zelf.")
    page = body(vso)
    check("Bezig met: Begeleide externe stage (BES)" in page, f"Ruben moved to BES: {page[:400]}")
    check("Doorstroom: naar BES (begeleide externe stage)" in page, "the step-up decision is listed")
    check("doorgestroomd" in page, "BIS is closed as moved on")
    shot(vso, "stageline-09-vso-bes")
    print("stage line: interest test on a phone, provisional advice, VSO BIS → BES — all checks passed")
finally:
    for driver in (student, coordinator, vso):
        driver.quit()
