#!/usr/bin/env python3
"""Draws the examples' floor plan, floor-plan.png: 2,400 x 1,400 pixels, so that the brochure prints it at
350 ppi on its 174 mm (a print shop asks for 300) and its text ("Entrée") at about 10 pt. Stand boxes are at the
pixels config/vitrine.yaml gives in event.floorPlanStands. Run: python3 floor-plan.py (Pillow, DejaVu fonts)."""
from PIL import Image, ImageDraw, ImageFont

W, H = 2400, 1400
NAVY, FILL, FRAME = (0, 0, 145), (232, 232, 246), (34, 34, 34)
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BOOK = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

img = Image.new("RGB", (W, H), "white")
d = ImageDraw.Draw(img)
d.rectangle([40, 40, W - 40, H - 40], outline=FRAME, width=12)
code = ImageFont.truetype(BOLD, 56)
for row, letter in enumerate("ABC"):
    for i in range(12):
        x, y = 140 + 176 * i, 180 + 380 * row
        d.rectangle([x, y, x + 154, y + 220], fill=FILL, outline=NAVY, width=5)
        d.text((x + 77, y + 110), f"{letter}{i + 1:02d}", font=code, fill=NAVY, anchor="mm")
d.text((W // 2, H - 140), "Entrée", font=ImageFont.truetype(BOOK, 48), fill=FRAME, anchor="mm")
d.rectangle([1040, H - 64, 1360, H - 40], fill=NAVY)
img.save(__file__.rsplit("/", 1)[0] + "/floor-plan.png", optimize=True)
