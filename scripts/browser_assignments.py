"""Practical assignments in a real browser (issue 11, point 2), after browser_flow.py started the demo student's
stage and sent the praktijkbegeleider's hours link: the student hands in an assignment with a photo at phone size,
the praktijkbegeleider confirms it through the hours link on a phone, the coordinator assesses it."""
import re
import struct
import sys
import tempfile
import zlib

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

import browser_common
from browser_common import PHONE, body, browser, checker, click

base, artifacts = sys.argv[1], sys.argv[2]
check = checker("browser assignments")
MENTOR_EMAIL = "opdrachten@praktijk.example"


def login(driver, email):
    browser_common.login(driver, base, email)


def fits_phone(driver, what):
    width = browser_common.page_width(driver)
    check(width <= PHONE[0], f"{what} fits a 390 px phone without sideways scrolling (is {width} px)")


def png():
    """A real 1×1 PNG (the server checks the file's first bytes, not its name)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x80\x00"))
    handle = tempfile.NamedTemporaryFile(suffix=".png", delete=False)
    handle.write(b"\x89PNG\r\n\x1a\n" + raw + chunk(b"IEND", b""))
    handle.close()
    return handle.name


coordinator, student, company = browser(), browser(*PHONE), browser(*PHONE)
try:
    login(student, "leerling@dewerkplaats.demo")
    student.get(f"{base}/stages")
    placement = student.find_element(By.CSS_SELECTOR, "tbody a[href^='/stages/']").get_attribute("href").rstrip("/").split("/")[-1]
    student.get(f"{base}/stages/{placement}/opdrachten")
    check("Deel 1" in body(student), "the student's stage has assignments by part")
    fits_phone(student, "the student's assignment list")
    student.find_element(By.PARTIAL_LINK_TEXT, "Stel je voor").click()
    WebDriverWait(student, 15).until(lambda d: d.find_elements(By.ID, "text"))
    student.find_element(By.ID, "text").send_keys("Ik heb me voorgesteld aan drie collega's en opgeschreven wat zij doen.")
    student.find_element(By.ID, "file").send_keys(png())
    click(student, "Inleveren")
    check("is ingeleverd" in body(student), f"the hand-in is saved: {body(student)[:300]}")
    check(student.find_elements(By.CSS_SELECTOR, "img.photo"), "the photo is shown back")
    fits_phone(student, "the handed-in assignment")
    student.save_screenshot(f"{artifacts}/assignment-handed-in-phone.png")

    # The coordinator sends the praktijkbegeleider a fresh personal link (it replaces earlier ones) and takes it from
    # the demo outbox, which also holds other mails with links.
    login(coordinator, "coordinator@dewerkplaats.demo")
    coordinator.get(f"{base}/stages/{placement}/uren")
    for field, value in (("companyName", "Praktijkbegeleider Opdrachten"), ("companyEmail", MENTOR_EMAIL)):
        element = coordinator.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)
    click(coordinator, "Persoonlijke link sturen")
    coordinator.get(f"{base}/berichten")
    source = coordinator.page_source
    tokens = re.findall(r"/uren/([A-Za-z0-9_-]{40,})", source[source.find(MENTOR_EMAIL):])
    check(MENTOR_EMAIL in source and tokens, "the praktijkbegeleider's hours link is in the outbox")
    company.get(f"{base}/uren/{tokens[0]}")
    company.find_element(By.PARTIAL_LINK_TEXT, "Praktijkopdrachten").click()
    WebDriverWait(company, 15).until(lambda d: "/opdrachten" in d.current_url)
    check("voorgesteld aan drie collega" in body(company), "the company reads what the student handed in")
    fits_phone(company, "the praktijkbegeleider's assignment page")
    click(company, "Ja, gedaan op de werkplek")
    check("is bevestigd" in body(company), "the company confirmed the assignment")
    company.save_screenshot(f"{artifacts}/assignment-confirmed-phone.png")

    coordinator.get(f"{base}/stages/{placement}/opdrachten")
    coordinator.find_element(By.PARTIAL_LINK_TEXT, "Stel je voor").click()
    WebDriverWait(coordinator, 15).until(lambda d: d.find_elements(By.ID, "comment"))
    check("Bevestigd door" in body(coordinator), "the school sees the company's confirmation")
    coordinator.find_element(By.ID, "score-voldoende").click()
    coordinator.find_element(By.ID, "comment").send_keys("Goed gedaan; vraag de volgende keer zelf om uitleg.")
    click(coordinator, "Beoordeling opslaan")
    check("is beoordeeld: voldoende" in body(coordinator), "the coordinator assessed the assignment")
    print(f"assignment handed in with a photo, confirmed by the company and assessed for placement {placement}")
finally:
    for driver in (coordinator, student, company):
        driver.quit()
