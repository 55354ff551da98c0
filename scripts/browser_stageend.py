"""Issue 15 in a real browser: the coordinator ends a running stage early, which opens the dropout; the mentor's home
page shows it until the coordinator has recorded the talk, the company call and the next step. Then a supervisor, on
a phone (390×844), records an aftercare contact with a former student as a short minute. Pages are checked for
sideways scrolling at 390 px and with axe-core (WCAG 2.1 AA); screenshots go to the artifacts folder."""
import re
import sys

from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from browser_common import PHONE, body, browser, checker, click, login, page_width

base, artifacts = sys.argv[1], sys.argv[2]
check = checker("stage end flow")
AXE_RUN = """
var done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})
   .then(function (result) { done(result.violations); })
   .catch(function (error) { done([{id: 'axe-error', impact: 'critical', nodes: [], help: String(error)}]); });
"""


def shot(driver, name, focus=None):
    """Checks the page at phone width and with axe, then saves a screenshot showing `focus` (an element id or
    heading text), or the top of the page."""
    check(page_width(driver) <= PHONE[0], f"{name} fits a {PHONE[0]} px phone (is {page_width(driver)} px)")
    Axe(driver).inject()
    driver.set_script_timeout(60)
    violations = [v for v in driver.execute_async_script(AXE_RUN) if v["impact"] in ("serious", "critical")]
    check(not violations, f"{name}: axe {[(v['id'], v['help']) for v in violations]}")
    if focus is None:
        driver.execute_script("window.scrollTo(0, 0);")
    else:
        found = driver.find_elements(By.ID, focus) or driver.find_elements(By.XPATH, f"//h2[starts-with(normalize-space(), '{focus}')]")
        check(found, f"{name}: {focus} is on the page")
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'});", found[0])
    driver.save_screenshot(f"{artifacts}/stageend-{name}.png")


def fill(driver, element_id, text):
    field = driver.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(text)


coordinator, mentor, supervisor = browser(*PHONE), browser(*PHONE), browser(*PHONE)
try:
    # A running stage of a student in the demo mentor's class.
    login(mentor, base, "mentor1@dewerkplaats.demo")
    mentor.get(f"{base}/stages?status=active")
    links = [a.get_attribute("href") for a in mentor.find_elements(By.CSS_SELECTOR, "a[href*='/stages/']")]
    placements = [m.group(1) for m in (re.search(r"/stages/([0-9A-Fa-f-]{36})$", link or "") for link in links) if m]
    check(placements, "the mentor's class has a running stage")
    placement = placements[0]

    # The coordinator ends it early: the placement's own status form, with a reason.
    login(coordinator, base, "coordinator@dewerkplaats.demo")
    coordinator.get(f"{base}/stages/{placement}")
    student = coordinator.find_element(By.TAG_NAME, "h1").text.replace("Stage van ", "")
    Select(coordinator.find_element(By.ID, "status")).select_by_value("terminated")
    fill(coordinator, "reason", "Leerling wordt op de werkvloer buitengesloten en wil niet meer terug.")
    click(coordinator, "Status wijzigen")
    check("/uitval/" in coordinator.current_url, f"ending early opens the dropout ({coordinator.current_url})")
    dropout = coordinator.current_url.rsplit("/", 1)[1]
    check("de mentor is op de hoogte gebracht" in body(coordinator), "the mentor was informed")
    shot(coordinator, "1-dropout-opened")

    # The mentor sees it on the home page, with what is still to be done.
    mentor.get(base)
    check(f"/uitval/{dropout}" in mentor.page_source, "the open dropout is on the mentor's home page")
    check("Afgebroken stages zonder vervolgstap" in body(mentor), "the mentor's home page names the open dropout")
    shot(mentor, "2-mentor-home-open", focus="Afgebroken stages")

    # The procedure: cause, talk, company, next step.
    Select(coordinator.find_element(By.ID, "cause")).select_by_value("safety")
    click(coordinator, "Oorzaak opslaan")
    fill(coordinator, "talkNote", "Leerling voelt zich niet veilig; wil een andere plek in de buurt.")
    click(coordinator, "Gesprek opslaan")
    fill(coordinator, "companyNote", "Bedrijf gebeld; leidinggevende gaat in gesprek met het team.")
    click(coordinator, "Contact opslaan")
    Select(coordinator.find_element(By.ID, "nextStep")).select_by_value("nieuwe-plaats")
    fill(coordinator, "nextStepNote", "Kennismaking bij de supermarkt aan de Laan volgende week.")
    click(coordinator, "Vervolgstap vastleggen")
    check("Vervolgstap: direct een nieuwe stageplaats" in body(coordinator), f"the next step is recorded: {body(coordinator)[:300]}")
    shot(coordinator, "3-dropout-next-step", focus="5. Vervolgstap")
    mentor.get(base)
    check(f"/uitval/{dropout}" not in mentor.page_source, "with a next step the dropout leaves the mentor's home page")
    mentor.get(f"{base}/uitval/{dropout}")
    check("direct een nieuwe stageplaats" in body(mentor), "the mentor reads the next step")
    check(student in body(mentor), "the mentor's page names the student")

    # A supervisor, on a phone, records a due aftercare contact from the home page.
    login(supervisor, base, "begeleider1@dewerkplaats.demo")
    check("Nazorg: nu bellen of bezoeken" in body(supervisor), "due aftercare contacts are on the supervisor's home page")
    shot(supervisor, "4-supervisor-home", focus="Nazorg: nu")
    supervisor.find_element(By.XPATH, "//h2[normalize-space()='Nazorg: nu bellen of bezoeken']/following-sibling::ul[1]//a").click()
    check("Nazorg:" in body(supervisor), "the leaver's aftercare page opens")
    Select(supervisor.find_element(By.ID, "party")).select_by_value("werkgever")
    fill(supervisor, "minute", "Werkgever tevreden; werkt 4 dagen, wil contract verlengen.")
    Select(supervisor.find_element(By.ID, "destination")).select_by_value("arbeid")
    shot(supervisor, "5-aftercare-contact-form", focus="day")
    click(supervisor, "Contact opslaan")
    check("Het nazorgcontact is vastgelegd." in body(supervisor), f"the contact is saved: {body(supervisor)[:300]}")
    check("Werkgever tevreden" in body(supervisor), "the minute is shown")
    shot(supervisor, "6-aftercare-contact-saved")
finally:
    for driver in (coordinator, mentor, supervisor):
        driver.quit()
print("browser stage end test passed: dropout with next step on the mentor's home page, aftercare contact on a phone")
