#!/usr/bin/env python3
"""Draw the illustrations the Office 365 use cases show.

Each image is a small mock settings panel: a title bar, the option names of one
step and the values the step chooses, marked "Illustration". They are not
screenshots of the real consoles.

Usage: python3 tools/illustrations.py [--out DIR]
Needs Pillow (Debian: apt-get install python3-pil) and the DejaVu fonts
(Debian: fonts-dejavu-core). The output is deterministic: same input, same bytes.
"""

import argparse
import io
import os
import sys

from PIL import Image, ImageDraw, ImageFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_OUT = os.path.join(
    ROOT, "content", "email-security", "static", "inline-setup", "o365-area1-mx", "use-cases")

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"]

WIDTH = 640
PAD = 16
LABEL_W = 250
LINE_H = 17

# Neutral UI palette.
BG = (255, 255, 255)
TITLE_BG = (236, 238, 241)
BORDER = (200, 204, 210)
TEXT = (33, 37, 41)
MUTED = (96, 103, 112)
FIELD_BG = (248, 249, 250)
ACCENT = (0, 95, 184)
BADGE_BG = (255, 244, 214)
BADGE_FG = (122, 84, 0)

ADMIN_RELEASE = "Allow recipients to request a message to be released from quarantine"
USER_RELEASE = "Allow recipients to release a message from quarantine"
SCL = "Modify the message properties > Set the Spam Confidence Level (SCL) > {}"
HEADER_COND = "The message headers > includes any of these words"
IP_COND = "The sender > IP address is in any of these ranges or exactly matches"
IP_VALUE = "Email Security egress IPs (see the Egress IPs page)"


def font(name, size):
    for d in FONT_DIRS:
        path = os.path.join(d, name)
        if os.path.exists(path):
            return ImageFont.truetype(path, size)
    sys.exit("illustrations.py: font %s not found (apt-get install fonts-dejavu-core)" % name)


F_TITLE = font("DejaVuSans-Bold.ttf", 13)
F_LABEL = font("DejaVuSans-Bold.ttf", 12)
F_TEXT = font("DejaVuSans.ttf", 12)
F_BADGE = font("DejaVuSans-Bold.ttf", 11)


def wrap(text, fnt, width):
    """Split text into lines no wider than width pixels."""
    lines, line = [], ""
    for word in text.split(" "):
        trial = word if not line else line + " " + word
        if fnt.getlength(trial) <= width:
            line = trial
        else:
            if line:
                lines.append(line)
            line = word
    lines.append(line)
    return lines


def checkbox(value):
    return value.startswith("[x] ") or value.startswith("[ ] ")


def layout(rows):
    """Rows are (label, value) pairs; a label of None is a section heading.

    A value is a string, or a tuple of strings shown one under the other;
    "[x] name" and "[ ] name" draw a checked or an empty checkbox."""
    value_w = WIDTH - 2 * PAD - LABEL_W - 12
    out = []
    for label, value in rows:
        if label is None:
            out.append(("section", value, [], 26))
            continue
        llines = wrap(label, F_LABEL, LABEL_W - 8)
        values = value if isinstance(value, tuple) else (value,)
        vlines = [line for v in values for line in wrap(v, F_TEXT, value_w - 12)]
        h = max(len(llines), len(vlines)) * LINE_H + 14
        out.append(("row", llines, vlines, h))
    return out


def draw_panel(title, rows, button=None):
    items = layout(rows)
    height = 34 + 12 + sum(i[3] for i in items) + 10 + (34 if button else 0) + 8
    img = Image.new("RGB", (WIDTH, height), BG)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, WIDTH - 1, height - 1], outline=BORDER)
    # Title bar with the "Illustration" badge.
    d.rectangle([1, 1, WIDTH - 2, 33], fill=TITLE_BG)
    d.line([1, 34, WIDTH - 2, 34], fill=BORDER)
    badge = "Illustration"
    bw = int(F_BADGE.getlength(badge)) + 16
    d.rectangle([WIDTH - PAD - bw, 8, WIDTH - PAD, 26], fill=BADGE_BG, outline=BADGE_FG)
    d.text((WIDTH - PAD - bw + 8, 10), badge, font=F_BADGE, fill=BADGE_FG)
    for i, t in enumerate(wrap(title, F_TITLE, WIDTH - 3 * PAD - bw)[:1]):
        d.text((PAD, 10), t, font=F_TITLE, fill=TEXT)
    y = 46
    for kind, a, b, h in items:
        if kind == "section":
            d.text((PAD, y + 4), a, font=F_LABEL, fill=ACCENT)
            d.line([PAD, y + 21, WIDTH - PAD, y + 21], fill=BORDER)
            y += h
            continue
        for n, line in enumerate(a):
            d.text((PAD, y + 7 + n * LINE_H), line, font=F_LABEL, fill=TEXT)
        x = PAD + LABEL_W + 12
        if b and not checkbox(b[0]):
            d.rectangle([x, y + 3, WIDTH - PAD, y + h - 4], fill=FIELD_BG, outline=BORDER)
        for n, line in enumerate(b):
            ty = y + 7 + n * LINE_H
            if checkbox(line):
                box = [x + 6, ty + 1, x + 17, ty + 12]
                d.rectangle(box, outline=MUTED, fill=ACCENT if line.startswith("[x]") else BG)
                if line.startswith("[x]"):
                    d.line([x + 8, ty + 7, x + 11, ty + 10, x + 16, ty + 3], fill=BG, width=2)
                d.text((x + 24, ty), line[4:], font=F_TEXT, fill=TEXT)
            else:
                d.text((x + 6, ty), line, font=F_TEXT, fill=TEXT)
        y += h
    if button:
        bw = int(F_LABEL.getlength(button)) + 24
        d.rectangle([PAD, y + 6, PAD + bw, y + 30], fill=ACCENT)
        d.text((PAD + 12, y + 11), button, font=F_LABEL, fill=BG)
    return img


def quarantine_policy(name, release):
    return ("Quarantine policy: " + name, [
        ("Policy name", name),
        (None, "Recipient message access"),
        ("Recipient message access", "Set specific access (Advanced)"),
        ("Select release action preference", release),
        ("Select additional actions recipients can take on quarantined messages",
         ("[x] Delete", "[x] Preview")),
    ], None)


def antispam(spam, hcspam, phishing, hcphishing):
    return ("Anti-spam inbound policy (Default): actions", [
        (None, "Actions"),
        ("Spam", spam),
        ("High confidence spam", hcspam),
        ("Phishing", phishing),
        ("High confidence phishing", hcphishing),
        ("Retain spam in quarantine for this many days", "15"),
    ], "Save")


def quarantine(policy):
    return "Quarantine message, quarantine policy: " + policy


def rule(name, words, action):
    return ("Exchange admin center: new transport rule", [
        ("Name", name),
        (None, "Apply this rule if"),
        ("Condition", HEADER_COND),
        ("Enter text", "X-Area1Security-Disposition"),
        ("Enter words", words),
        (None, "And"),
        ("Condition", IP_COND),
        ("Ranges", IP_VALUE),
        (None, "Do the following"),
        ("Action", action),
    ], "Next")


JUNK = "Move messages to Junk Email folder"
USER = "UserNotifyUserRelease"
ADMIN = "UserNotifyAdminRelease"
ADMIN_ONLY = "AdminOnlyAccessPolicy"

IMAGES = {
    "step8-allow-message-release.png": quarantine_policy(USER, USER_RELEASE),
    "step8-request-message-release.png": quarantine_policy(ADMIN, ADMIN_RELEASE),
    "step6-spam-notifications.png": ("Quarantine policies: global settings", [
        (None, "End-user spam notifications"),
        ("Send end-user spam notifications every (days)", "1 (the frequency you want)"),
    ], "Save"),
    "step6-edit-actions.png": ("Anti-spam inbound policy (Default)", [
        (None, "Actions"),
        ("Spam", "(current action)"),
        ("High confidence spam", "(current action)"),
        ("Phishing", "(current action)"),
        ("High confidence phishing", "(current action)"),
    ], "Edit actions"),
    "case1-step7-spam.png": antispam(JUNK, quarantine(ADMIN), quarantine(ADMIN), quarantine(ADMIN)),
    "case2-step7-spam.png": antispam(JUNK, quarantine(USER), quarantine(ADMIN), quarantine(ADMIN)),
    "case3-step7-spam.png": antispam(JUNK, quarantine(ADMIN), quarantine(ADMIN), quarantine(ADMIN)),
    "step7-quarantine-message-case4.png": antispam(
        quarantine(USER), quarantine(ADMIN), quarantine(ADMIN), quarantine(ADMIN)),
    "case5-step7-spam.png": antispam(
        JUNK, quarantine(ADMIN_ONLY), quarantine(ADMIN_ONLY), quarantine(ADMIN_ONLY)),
    "case1-step4-rules.png": rule("Area 1 Deliver to Junk Email folder", "SUSPICIOUS, BULK", SCL.format(5)),
    "step4-rules.png": rule("Area 1 Deliver to Junk Email folder", "SUSPICIOUS, BULK", SCL.format(5)),
    "step10-user-quarantine.png": rule("Area 1 User Quarantine Message", "UCE, SPOOF", SCL.format(9)),
    "case3-step4-rules.png": rule("Area 1 Deliver to Junk Email folder", "SUSPICIOUS, BULK", SCL.format(5)),
    "case3-step10-admin-quarantine.png": rule(
        "Area 1 User Quarantine Message", "MALICIOUS, SPAM, SPOOF", SCL.format(9)),
    "step4-rules-case4.png": rule(
        "Cloud Email Security User Quarantine Message", "UCE, SPOOF", SCL.format(5)),
    "step10-admin-release-case4.png": rule(
        "Cloud Email Security User Quarantine Message Admin Release", "MALICIOUS", SCL.format(9)),
    "case5-step4-rules.png": rule("Area 1 Deliver to Junk Email folder", "SUSPICIOUS, BULK", SCL.format(5)),
    "case5-step10-hosted-quarantine.png": rule(
        "Area 1 Admin Managed Host Quarantine", "MALICIOUS, SPAM, SPOOF",
        "Redirect the message to > hosted quarantine"),
}


def encode(img):
    """Quantise to a small palette and encode without metadata: small, deterministic."""
    pal = img.quantize(colors=32, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buf = io.BytesIO()
    pal.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: %(default)s)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name in sorted(IMAGES):
        title, rows, button = IMAGES[name]
        data = encode(draw_panel(title, rows, button))
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        print("%6d  %s" % (len(data), name))


if __name__ == "__main__":
    main()
