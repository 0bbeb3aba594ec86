"""A 14-day bar chart as inline SVG: readable without JavaScript or any library."""

from __future__ import annotations

from html import escape


def bar_chart(days: list[str], received: list[int], resolved: list[int]) -> str:
    width, height, left, bottom = 640, 200, 36, 36
    top = max([1, *received, *resolved])
    slot = (width - left - 10) / max(1, len(days))
    bar = max(2.0, slot / 2 - 3)
    scale = (height - bottom - 14) / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="Hồ sơ tiếp nhận và giải quyết 14 ngày">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 6}" y2="{height - bottom}" '
             'stroke="#8894a0"/>',
             f'<text x="{left - 4}" y="18" font-size="11" text-anchor="end">{top}</text>',
             f'<text x="{left - 4}" y="{height - bottom}" font-size="11" '
             'text-anchor="end">0</text>']
    for n, day in enumerate(days):
        x = left + n * slot + 2
        for offset, value, colour, label in ((0, received[n], "#0b5394", "tiếp nhận"),
                                             (bar + 1, resolved[n], "#38a169", "giải quyết")):
            h = value * scale
            parts.append(f'<rect x="{x + offset:.1f}" y="{height - bottom - h:.1f}" '
                         f'width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                         f"<title>{escape(day)}: {value} {label}</title></rect>")
        parts.append(f'<text x="{x + bar:.1f}" y="{height - bottom + 14}" font-size="10" '
                     f'text-anchor="middle">{escape(day[8:10])}/{escape(day[5:7])}</text>')
    parts.append(f'<rect x="{left}" y="{height - 14}" width="10" height="10" fill="#0b5394"/>'
                 f'<text x="{left + 14}" y="{height - 5}" font-size="11">Tiếp nhận</text>'
                 f'<rect x="{left + 90}" y="{height - 14}" width="10" height="10" fill="#38a169"/>'
                 f'<text x="{left + 104}" y="{height - 5}" font-size="11">Giải quyết xong</text>')
    parts.append("</svg>")
    return "".join(parts)
