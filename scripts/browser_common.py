"""What every real-browser script shares: a headless Chromium (a phone is emulated, because headless Chromium keeps
windows at least 500 px wide), signing in as a demo account, clicking a button and waiting for the answer."""
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "Stagelijn-demo-2026"
PHONE = (390, 844)


def browser(width=1280, height=900):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={width},{height}"):
        options.add_argument(argument)
    if width < 500:
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def checker(name):
    """A check that stops the script with `name failed: message` when its condition does not hold."""
    def check(condition, message):
        if not condition:
            raise SystemExit(f"{name} failed: {message}")
    return check


def body(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def login(driver, base, email, password=PASSWORD):
    driver.get(f"{base}/login")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    WebDriverWait(driver, 15).until(lambda d: "/login" not in d.current_url)


def click(driver, text):
    """Clicks the button with this text and waits until the browser has loaded the answer."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.XPATH, f"//button[normalize-space()='{text}']").click()
    WebDriverWait(driver, 15).until(lambda d: d.find_element(By.TAG_NAME, "html") != old)


def set_value(driver, element_id, value):
    # Date and time inputs depend on the browser's locale when typed into; set them directly.
    driver.execute_script("document.getElementById(arguments[0]).value = arguments[1];", element_id, value)


def page_width(driver):
    return driver.execute_script("return document.documentElement.scrollWidth")
