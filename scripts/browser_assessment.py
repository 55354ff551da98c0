"""Issue 11 in a real browser at phone size (390×844): the praktijkbegeleider fills an interim assessment through the
personal link, the student fills the self-assessment, the supervisor sees the parts side by side and approves, and an
edit by the praktijkbegeleider afterwards withdraws the school's approval and says so. Runs after browser_flow.py,
which makes the demo student's stage run. Saves screenshots in the artifacts folder."""
import re
import sys

from selenium.webdriver.common.by import By

from browser_common import PHONE, body, browser, checker, click, login, page_width

base, artifacts = sys.argv[1], sys.argv[2]
MENTOR_EMAIL = "beoordeling@praktijk.example"
check = checker("assessment flow")


def choose_all(driver, word):
    """Ticks `word` (nooit/oefenen/voldoende/goed) for every item, as a thumb would: by its label."""
    labels = driver.find_elements(By.XPATH, f"//fieldset[contains(@class,'scores')]/label[normalize-space()='{word}']")
    for label in labels:
        driver.execute_script("arguments[0].scrollIntoView({block:'center'});", label)
        label.click()
    return len(labels)


def shot(driver, name):
    check(page_width(driver) <= PHONE[0], f"{name} fits a {PHONE[0]} px phone (is {page_width(driver)} px)")
    driver.save_screenshot(f"{artifacts}/{name}.png")


supervisor, student, company = browser(*PHONE), browser(*PHONE), browser(*PHONE)
try:
    # The demo student's stage, from their own home page.
    login(student, base, "leerling@dewerkplaats.demo")
    link = student.find_element(By.LINK_TEXT, "Mijn doelen en beoordelingen").get_attribute("href")
    placement = re.search(r"/stages/([0-9A-Fa-f-]{36})/beoordelingen", link).group(1)

    # The supervisor (the coordinator account also supervises) plans the assessments and sends the personal link.
    login(supervisor, base, "coordinator@dewerkplaats.demo")
    supervisor.get(f"{base}/stages/{placement}/beoordelingen")
    if supervisor.find_elements(By.XPATH, "//button[normalize-space()='Beoordelingen plannen']"):
        click(supervisor, "Beoordelingen plannen")
    check("Tussentijdse beoordeling" in body(supervisor), "an interim assessment is planned")
    supervisor.get(f"{base}/stages/{placement}/uren")
    name = supervisor.find_element(By.ID, "companyName")
    name.clear()
    name.send_keys("Praktijkbegeleider Beoordeling")
    email = supervisor.find_element(By.ID, "companyEmail")
    email.clear()
    email.send_keys(MENTOR_EMAIL)
    click(supervisor, "Persoonlijke link sturen")
    supervisor.get(f"{base}/berichten")
    source = supervisor.page_source
    block = source[source.find(MENTOR_EMAIL):]
    tokens = re.findall(r"/uren/([A-Za-z0-9_-]{40,})", block)
    check(tokens, "the personal link is in the outbox")
    token = tokens[0]

    # The praktijkbegeleider, on a phone, without an account: fills the interim assessment and saves it.
    company.get(f"{base}/uren/{token}/beoordelingen")
    check("Beoordelingen van" in body(company), f"the link opens the assessments: {body(company)[:200]}")
    company.find_element(By.XPATH, "(//a[normalize-space()='Invullen'])[1]").click()
    items = choose_all(company, "voldoende")
    check(items >= 20, f"every item has four choices ({items} items)")
    shot(company, "assessment-1-company-phone")
    click(company, "Opslaan en goedkeuren")
    check("nog niet goedgekeurd: Eerst keurt de leerling" in body(company), "the company waits for the student's approval")
    interim = company.find_element(By.XPATH, "(//a[normalize-space()='Invullen'])[1]").get_attribute("href").rsplit("/", 1)[1]

    # The student fills the self-assessment and approves it.
    student.get(f"{base}/beoordelingen/{interim}")
    check("Wat betekenen de scores?" in body(student), "the student sees the scale")
    choose_all(student, "oefenen")
    click(student, "Opslaan en goedkeuren")
    check("Opgeslagen en goedgekeurd" in body(student), f"the student approved: {body(student)[:300]}")

    # Now the praktijkbegeleider approves.
    company.get(f"{base}/uren/{token}/beoordelingen/{interim}")
    click(company, "Opslaan en goedkeuren")
    check("Opgeslagen en goedgekeurd" in body(company), "the company approved")

    # The supervisor sees the parts side by side and approves the school's judgement.
    supervisor.get(f"{base}/beoordelingen/{interim}")
    text = body(supervisor)
    check("Leerling: oefenen" in text and "Praktijkbegeleider: voldoende" in text, "the parts are side by side")
    check("goedgekeurd door Praktijkbegeleider Beoordeling" in text, "the company's approval is shown")
    choose_all(supervisor, "voldoende")
    shot(supervisor, "assessment-2-supervisor-side-by-side")
    click(supervisor, "Opslaan en goedkeuren")
    check("Opgeslagen en goedgekeurd" in body(supervisor), "the school approved")

    # An edit by the praktijkbegeleider afterwards withdraws the school's approval, and the page says so.
    company.get(f"{base}/uren/{token}/beoordelingen/{interim}")
    choose_all(company, "goed")
    click(company, "Opslaan")
    check("is de goedkeuring ingetrokken van: stagebegeleider (school)" in body(company), f"the withdrawal is announced: {body(company)[:300]}")
    supervisor.get(f"{base}/beoordelingen/{interim}")
    check("ingevuld, nog niet goedgekeurd" in body(supervisor), "the school's part waits for a new approval")
    shot(supervisor, "assessment-3-after-edit")
    print(f"assessment flow: company, student and school approved interim {interim}; a later edit withdrew the school's approval")
finally:
    for driver in (supervisor, student, company):
        driver.quit()
