"""Colors: css-color-4 §4 to §6.

``parse_color(token)`` turns one tinycss2 component value into a
:class:`~colosseum.style.values.Color`, the keyword ``"currentcolor"``, or
``None`` when it is not a color. Supported: the named colors (§6.1),
``transparent`` (§6.3), ``currentcolor`` (§6.4), hex colors with 3, 4, 6 or 8
digits (§5.2), ``rgb()``/``rgba()`` (§5.1) and ``hsl()``/``hsla()`` (§7) in
both the legacy comma syntax and the modern space syntax with ``/ alpha``.
"""

from __future__ import annotations

from .values import Color

# css-color-4 §6.1 Named colors, as sRGB hex.
NAMED_COLORS = {
    "aliceblue": "#f0f8ff",
    "antiquewhite": "#faebd7",
    "aqua": "#00ffff",
    "aquamarine": "#7fffd4",
    "azure": "#f0ffff",
    "beige": "#f5f5dc",
    "bisque": "#ffe4c4",
    "black": "#000000",
    "blanchedalmond": "#ffebcd",
    "blue": "#0000ff",
    "blueviolet": "#8a2be2",
    "brown": "#a52a2a",
    "burlywood": "#deb887",
    "cadetblue": "#5f9ea0",
    "chartreuse": "#7fff00",
    "chocolate": "#d2691e",
    "coral": "#ff7f50",
    "cornflowerblue": "#6495ed",
    "cornsilk": "#fff8dc",
    "crimson": "#dc143c",
    "cyan": "#00ffff",
    "darkblue": "#00008b",
    "darkcyan": "#008b8b",
    "darkgoldenrod": "#b8860b",
    "darkgray": "#a9a9a9",
    "darkgreen": "#006400",
    "darkgrey": "#a9a9a9",
    "darkkhaki": "#bdb76b",
    "darkmagenta": "#8b008b",
    "darkolivegreen": "#556b2f",
    "darkorange": "#ff8c00",
    "darkorchid": "#9932cc",
    "darkred": "#8b0000",
    "darksalmon": "#e9967a",
    "darkseagreen": "#8fbc8f",
    "darkslateblue": "#483d8b",
    "darkslategray": "#2f4f4f",
    "darkslategrey": "#2f4f4f",
    "darkturquoise": "#00ced1",
    "darkviolet": "#9400d3",
    "deeppink": "#ff1493",
    "deepskyblue": "#00bfff",
    "dimgray": "#696969",
    "dimgrey": "#696969",
    "dodgerblue": "#1e90ff",
    "firebrick": "#b22222",
    "floralwhite": "#fffaf0",
    "forestgreen": "#228b22",
    "fuchsia": "#ff00ff",
    "gainsboro": "#dcdcdc",
    "ghostwhite": "#f8f8ff",
    "gold": "#ffd700",
    "goldenrod": "#daa520",
    "gray": "#808080",
    "green": "#008000",
    "greenyellow": "#adff2f",
    "grey": "#808080",
    "honeydew": "#f0fff0",
    "hotpink": "#ff69b4",
    "indianred": "#cd5c5c",
    "indigo": "#4b0082",
    "ivory": "#fffff0",
    "khaki": "#f0e68c",
    "lavender": "#e6e6fa",
    "lavenderblush": "#fff0f5",
    "lawngreen": "#7cfc00",
    "lemonchiffon": "#fffacd",
    "lightblue": "#add8e6",
    "lightcoral": "#f08080",
    "lightcyan": "#e0ffff",
    "lightgoldenrodyellow": "#fafad2",
    "lightgray": "#d3d3d3",
    "lightgreen": "#90ee90",
    "lightgrey": "#d3d3d3",
    "lightpink": "#ffb6c1",
    "lightsalmon": "#ffa07a",
    "lightseagreen": "#20b2aa",
    "lightskyblue": "#87cefa",
    "lightslategray": "#778899",
    "lightslategrey": "#778899",
    "lightsteelblue": "#b0c4de",
    "lightyellow": "#ffffe0",
    "lime": "#00ff00",
    "limegreen": "#32cd32",
    "linen": "#faf0e6",
    "magenta": "#ff00ff",
    "maroon": "#800000",
    "mediumaquamarine": "#66cdaa",
    "mediumblue": "#0000cd",
    "mediumorchid": "#ba55d3",
    "mediumpurple": "#9370db",
    "mediumseagreen": "#3cb371",
    "mediumslateblue": "#7b68ee",
    "mediumspringgreen": "#00fa9a",
    "mediumturquoise": "#48d1cc",
    "mediumvioletred": "#c71585",
    "midnightblue": "#191970",
    "mintcream": "#f5fffa",
    "mistyrose": "#ffe4e1",
    "moccasin": "#ffe4b5",
    "navajowhite": "#ffdead",
    "navy": "#000080",
    "oldlace": "#fdf5e6",
    "olive": "#808000",
    "olivedrab": "#6b8e23",
    "orange": "#ffa500",
    "orangered": "#ff4500",
    "orchid": "#da70d6",
    "palegoldenrod": "#eee8aa",
    "palegreen": "#98fb98",
    "paleturquoise": "#afeeee",
    "palevioletred": "#db7093",
    "papayawhip": "#ffefd5",
    "peachpuff": "#ffdab9",
    "peru": "#cd853f",
    "pink": "#ffc0cb",
    "plum": "#dda0dd",
    "powderblue": "#b0e0e6",
    "purple": "#800080",
    "rebeccapurple": "#663399",
    "red": "#ff0000",
    "rosybrown": "#bc8f8f",
    "royalblue": "#4169e1",
    "saddlebrown": "#8b4513",
    "salmon": "#fa8072",
    "sandybrown": "#f4a460",
    "seagreen": "#2e8b57",
    "seashell": "#fff5ee",
    "sienna": "#a0522d",
    "silver": "#c0c0c0",
    "skyblue": "#87ceeb",
    "slateblue": "#6a5acd",
    "slategray": "#708090",
    "slategrey": "#708090",
    "snow": "#fffafa",
    "springgreen": "#00ff7f",
    "steelblue": "#4682b4",
    "tan": "#d2b48c",
    "teal": "#008080",
    "thistle": "#d8bfd8",
    "tomato": "#ff6347",
    "turquoise": "#40e0d0",
    "violet": "#ee82ee",
    "wheat": "#f5deb3",
    "white": "#ffffff",
    "whitesmoke": "#f5f5f5",
    "yellow": "#ffff00",
    "yellowgreen": "#9acd32",
}

TRANSPARENT = Color(0, 0, 0, 0)


def _hex_color(text: str) -> Color | None:
    """css-color-4 §5.2: #rgb, #rgba, #rrggbb, #rrggbbaa."""
    if len(text) in (3, 4):
        text = "".join(c * 2 for c in text)
    if len(text) not in (6, 8):
        return None
    try:
        channels = [int(text[i : i + 2], 16) for i in range(0, len(text), 2)]
    except ValueError:
        return None
    alpha = channels[3] / 255 if len(channels) == 4 else 1.0
    return Color(channels[0], channels[1], channels[2], alpha)


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _arguments(token):
    """Split a color function's arguments into components and an alpha.

    Returns ``(components, alpha, legacy)``, or None when the shape is wrong.
    Legacy syntax: ``a, b, c[, alpha]``; modern: ``a b c[ / alpha]``.
    """
    tokens = [t for t in token.arguments if t.type not in ("whitespace", "comment")]
    if any(t.type == "literal" and t.value == "," for t in tokens):
        parts = tokens[0::2]
        separators = tokens[1::2]
        if not all(t.type == "literal" and t.value == "," for t in separators):
            return None
        if len(tokens) % 2 == 0 or len(parts) not in (3, 4):
            return None
        return parts[:3], (parts[3] if len(parts) == 4 else None), True
    if len(tokens) == 5 and tokens[3].type == "literal" and tokens[3].value == "/":
        return tokens[:3], tokens[4], False
    if len(tokens) == 3:
        return tokens, None, False
    return None


def _alpha(token) -> float | None:
    if token is None:
        return 1.0
    if token.type == "number":
        return _clamp(token.value, 0.0, 1.0)
    if token.type == "percentage":
        return _clamp(token.value / 100, 0.0, 1.0)
    return None


def _rgb(token) -> Color | None:
    """css-color-4 §5.1: rgb() and rgba(); legacy syntax may not mix numbers
    and percentages."""
    shape = _arguments(token)
    if shape is None:
        return None
    parts, alpha_token, legacy = shape
    kinds = {t.type for t in parts}
    if not kinds <= {"number", "percentage"} or (legacy and len(kinds) > 1):
        return None
    channels = [
        _clamp(t.value * 255 / 100 if t.type == "percentage" else t.value, 0.0, 255.0)
        for t in parts
    ]
    alpha = _alpha(alpha_token)
    if alpha is None:
        return None
    return Color(*channels, alpha)


def _hsl_to_rgb(hue: float, saturation: float, lightness: float) -> tuple[float, float, float]:
    """css-color-4 §7.1 conversion; saturation and lightness in 0..1."""

    def channel(n):
        k = (n + hue / 30) % 12
        a = saturation * min(lightness, 1 - lightness)
        return lightness - a * max(-1, min(k - 3, 9 - k, 1))

    return channel(0) * 255, channel(8) * 255, channel(4) * 255


def _hsl(token) -> Color | None:
    """css-color-4 §7: hsl() and hsla(); the hue is a number of degrees or an angle."""
    from .values import ANGLE_UNITS

    shape = _arguments(token)
    if shape is None:
        return None
    (hue_token, s_token, l_token), alpha_token, legacy = shape
    if hue_token.type == "number":
        hue = hue_token.value
    elif hue_token.type == "dimension" and hue_token.lower_unit in ANGLE_UNITS:
        hue = hue_token.value * ANGLE_UNITS[hue_token.lower_unit]
    else:
        return None
    if s_token.type != "percentage" or l_token.type != "percentage":
        if legacy or {s_token.type, l_token.type} - {"number", "percentage"}:
            return None
    saturation = _clamp(s_token.value / 100, 0.0, 1.0)
    lightness = _clamp(l_token.value / 100, 0.0, 1.0)
    alpha = _alpha(alpha_token)
    if alpha is None:
        return None
    return Color(*_hsl_to_rgb(hue % 360, saturation, lightness), alpha)


def parse_color(token) -> Color | str | None:
    """The color a tinycss2 component value denotes, or None."""
    kind = token.type
    if kind == "ident":
        name = token.lower_value
        if name == "currentcolor":
            return "currentcolor"
        if name == "transparent":
            return TRANSPARENT
        hex_text = NAMED_COLORS.get(name)
        return None if hex_text is None else _hex_color(hex_text[1:])
    if kind == "hash":
        return _hex_color(token.value)
    if kind == "function":
        name = token.lower_name
        if name in ("rgb", "rgba"):
            return _rgb(token)
        if name in ("hsl", "hsla"):
            return _hsl(token)
    return None
