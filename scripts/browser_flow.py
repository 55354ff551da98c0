"""The whole stage line of one placement in a real browser (issue 6): the coordinator fills and sends the
agreement for signing in one step (the invitations go with it) and signs for the school; student, parent and company sign through their personal
links in a second browser context; the coordinator sees the printable signed version, starts the stage, records a
contact moment; the student writes a day of hours and the company confirms the week through its link."""
import datetime
import re
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

import browser_common
from browser_common import PHONE, body, browser, checker, click, set_value

base, artifacts = sys.argv[1], sys.argv[2]
check = checker("browser flow")


def login(driver, email):
    try:
        browser_common.login(driver, base, email)
    except Exception:
        check(False, f"{email} is signed in (still on {driver.current_url}: {body(driver)[:200]})")


coordinator, student, outsider = browser(), browser(*PHONE), browser(*PHONE)
try:
    # The demo student's placement waits for its agreement.
    login(student, "leerling@dewerkplaats.demo")
    student.get(f"{base}/stages")
    link = student.find_element(By.CSS_SELECTOR, "tbody a[href^='/stages/']").get_attribute("href")
    placement = link.rstrip("/").split("/")[-1]
    check(len(placement) == 36, f"found the student's placement ({link})")

    login(coordinator, "coordinator@dewerkplaats.demo")
    coordinator.get(f"{base}/stages/{placement}/overeenkomst")
    check("voorstel ingevuld vanuit de stage" in body(coordinator), "the agreement starts as a filled-in proposal")
    click(coordinator, "Opslaan")
    check("Ontbreekt" not in body(coordinator) or "handtekening" in body(coordinator), "the content is complete after saving")
    # One step: the send form lists the stored contacts and asks only for what is missing (then stores it).
    for field, value in (("studentEmail", "leerling@voorbeeld.nl"), ("workplaceMentorName", "Praktijkbegeleider Demo"),
                         ("workplaceMentorEmail", "praktijk@voorbeeld.nl"), ("parentName", "Ouder Demo"),
                         ("parentEmail", "ouder@voorbeeld.nl")):
        for element in coordinator.find_elements(By.ID, field):
            element.clear()
            element.send_keys(value)
    click(coordinator, "Ter ondertekening versturen")
    check("in de verzendrij" in body(coordinator) and "(en)" not in body(coordinator), "the invitations are in the outbox")
    click(coordinator, "Tekenen namens de school")
    check("U hebt getekend namens de school" in body(coordinator), "the school signed")

    coordinator.get(f"{base}/berichten")
    tokens = re.findall(r"/teken/([A-Za-z0-9_-]{40,})", coordinator.page_source)
    check(len(tokens) == 3, f"three signing links in the outbox (student, company, parent): {len(tokens)}")
    for token in tokens:                      # a second browser context, no account
        outsider.get(f"{base}/teken/{token}")
        check("Stageovereenkomst" in body(outsider) and "Artikel 6" in body(outsider), "the link shows the full text")
        outsider.find_element(By.ID, "agree").click()
        click(outsider, "Tekenen")
        check("Dank u wel" in body(outsider) or "Bedankt" in body(outsider), "signing through the link worked")
    outsider.save_screenshot(f"{artifacts}/signed-on-phone.png")

    coordinator.get(f"{base}/stages/{placement}/overeenkomst/afdruk")
    check("compleet en volledig ondertekend" in body(coordinator), "the printable version is complete and signed")
    check(re.search(r"Controlecode: [0-9a-f]{64}", body(coordinator)), "the printable version shows the text's controlecode")
    coordinator.save_screenshot(f"{artifacts}/agreement-print.png")

    # The placement follows the fully signed agreement: lopend at once when its start date has come, else on that day.
    coordinator.get(f"{base}/stages/{placement}/overeenkomst")
    if "De stage loopt" not in body(coordinator):
        check("Klaar om te starten" in body(coordinator), "a signed stage that has not begun is ready to start")
        coordinator.get(f"{base}/stages/{placement}")
        Select(coordinator.find_element(By.ID, "status")).select_by_value("active")
        click(coordinator, "Status wijzigen")
        check("De status is nu ‘lopend’" in body(coordinator), "the stage runs: the agreement is complete and signed")

    coordinator.get(f"{base}/stages/{placement}/bezoek")
    Select(coordinator.find_element(By.ID, "kind")).select_by_value("contact-start")
    coordinator.find_element(By.ID, "progress").send_keys("Goed gestart, afspraken over leerdoelen gemaakt.")
    click(coordinator, "Opslaan")
    check("is vastgelegd" in body(coordinator), "the contact moment is recorded")

    # A day that is not in the future and inside the stage period: today, or the period's last day once it has ended.
    student.get(f"{base}/stages/{placement}")
    start, end = re.search(r"(\d\d-\d\d-\d{4}) – (\d\d-\d\d-\d{4})", body(student)).groups()
    parse = lambda text: datetime.datetime.strptime(text, "%d-%m-%Y").date()
    day = min(datetime.date.today(), parse(end))
    check(day >= parse(start), f"the demo's stage period ({start} – {end}) has begun")
    student.get(f"{base}/stages/{placement}/uren")
    set_value(student, "date", day.isoformat())
    set_value(student, "start", "08:30")
    set_value(student, "end", "15:00")
    student.find_element(By.ID, "breakMinutes").send_keys("30")
    student.find_element(By.ID, "activities").send_keys("Vakken gevuld en klanten geholpen.")
    click(student, "Dag opslaan")
    check("zijn opgeslagen" in body(student), f"the student's day is saved: {body(student)[:300]}")

    coordinator.get(f"{base}/stages/{placement}/uren")
    name = coordinator.find_element(By.ID, "companyName")
    name.clear()
    name.send_keys("Praktijkbegeleider Demo")
    email = coordinator.find_element(By.ID, "companyEmail")
    email.clear()
    email.send_keys("praktijk@voorbeeld.nl")
    click(coordinator, "Persoonlijke link sturen")
    coordinator.get(f"{base}/berichten")
    # The demo outbox also holds other mails with links (assessment reminders, evaluations): take this recipient's.
    source = coordinator.page_source
    hours = re.findall(r"/uren/([A-Za-z0-9_-]{40,})", source[source.find("praktijk@voorbeeld.nl"):])
    check("praktijk@voorbeeld.nl" in source and hours, "the hours link to praktijk@voorbeeld.nl is in the outbox")
    outsider.get(f"{base}/uren/{hours[0]}")
    # A week with a labour-law violation (a Sunday, say, when the flow runs on one) must be ticked as seen first.
    seen = outsider.find_elements(By.NAME, "violationsSeen")
    if seen:
        seen[0].click()
    click(outsider, "Week bevestigen")
    check("is bevestigd" in body(outsider), "the company confirmed the week")
    coordinator.get(f"{base}/stages/{placement}/uren")
    check("bevestigd door Praktijkbegeleider Demo" in body(coordinator), "the school sees the confirmation")
    print(f"stage line walked through for placement {placement}: signed by 4, lopend, contact moment, hours confirmed")
finally:
    for driver in (coordinator, student, outsider):
        driver.quit()
