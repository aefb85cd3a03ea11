"""Student mode's look: large, friendly type for 11–16 year olds, kept local to the kiosk window.

The app-wide stylesheet (app/ui/theme_css.py) is tuned for a facilitator's screen; these rules only reach
widgets inside StudentMode, selected by objectName, so the two never fight. The colours are the theme's (the
warm `paper` page is student mode's own); the sizes were chosen for an 11 pt application font and grow with a
larger one, so a student who needs large type gets it everywhere, not only in the editor.
"""

from __future__ import annotations

from app.ui import theme

_T = theme.current()
INK = _T.text
ACCENT = _T.accent
PAPER = _T.paper
SOFT = _T.muted
ALERT = _T.danger
LINE = _T.border
DONE = _T.success
HOVER, PRESSED, ACCENT_HOVER = _T.hover, _T.pressed, _T.accent_hover
DESIGNED_AT_PT = 11.0   # the application font size these rules' point sizes were drawn for

# Every rule starts with the kiosk's objectName: it then outranks the app-wide sheet, and rules for one named
# widget (`M QPushButton#pinDigit`) outrank the kiosk's general ones (`M QPushButton`).
M = "QWidget#studentMode"


def student_stylesheet(base: float | None = None) -> str:
    """The kiosk's rules at the application font's size (`base` points; the app's own when not given)."""
    factor = (base or theme.base_pt()) / DESIGNED_AT_PT

    def pt(size: float) -> str:
        return f"{round(size * factor, 1)}pt"

    return f"""
{M} {{ background: {PAPER}; color: {INK}; }}
{M} QLabel#studentHeading {{ font-size: {pt(30)}; font-weight: 700; color: {INK}; }}
{M} QLabel#studentSubheading {{ font-size: {pt(16)}; color: {SOFT}; }}
{M} QLabel#studentSection {{ font-size: {pt(16)}; font-weight: 700; color: {INK}; }}
{M} QLabel#studentNote {{ font-size: {pt(15)}; color: {INK}; background: {_T.info_soft}; border-radius: 10px;
                          padding: 10px 16px; }}
{M} QLabel#studentMessage {{ font-size: {pt(16)}; font-weight: 600; color: {ALERT}; }}
{M} QLabel#promptText {{ font-size: {pt(22)}; font-weight: 600; color: {ACCENT}; }}
{M} QLabel#saveStatus {{ font-size: {pt(13)}; color: {SOFT}; }}
{M} QLabel#saveBanner {{ font-size: {pt(15)}; font-weight: 600; color: {_T.on_accent}; background: {ALERT};
                         border-radius: 10px; padding: 10px 16px; }}
{M} QLabel#visibilityHelp {{ font-size: {pt(13)}; color: {SOFT}; }}
{M} QPushButton, {M} QToolButton {{
    font-size: {pt(16)}; padding: 8px 18px; border-radius: 10px; color: {INK};
    background: {_T.surface}; border: 2px solid {LINE}; min-height: 34px;
}}
{M} QPushButton:hover, {M} QToolButton:hover {{ background: {HOVER}; }}
{M} QPushButton:pressed, {M} QToolButton:pressed {{ background: {PRESSED}; }}
{M} QPushButton:focus, {M} QToolButton:focus {{ border: 3px solid {ACCENT}; }}
{M} QPushButton:disabled, {M} QToolButton:disabled {{ color: {_T.disabled}; background: {_T.background}; }}
{M} QToolButton#doneButton, {M} QPushButton#okButton {{ background: {ACCENT}; color: {_T.on_accent};
                                                        border-color: {ACCENT}; font-weight: 700; }}
{M} QToolButton#doneButton:hover, {M} QPushButton#okButton:hover {{ background: {ACCENT_HOVER}; }}
{M} QToolButton#doneButton:focus, {M} QPushButton#okButton:focus {{ border: 3px solid {INK}; }}
{M} QPushButton#pinDigit, {M} QPushButton#okButton, {M} QPushButton#backspaceButton {{
    font-size: {pt(26)}; min-width: 110px; min-height: 64px; }}
{M} QPushButton#okButton:disabled {{ background: {_T.disabled}; border-color: {_T.disabled}; }}
{M} QPushButton#leaveButton {{ font-size: {pt(11)}; padding: 4px 10px; min-height: 18px; color: {SOFT};
                               background: transparent; border: 1px solid {LINE}; border-radius: 6px; }}
{M} QLineEdit#pinEdit {{ font-size: {pt(30)}; padding: 6px 12px; border: 2px solid {LINE}; border-radius: 10px;
                         background: {_T.surface}; }}
{M} QRadioButton {{ font-size: {pt(16)}; spacing: 10px; padding: 2px; }}
{M} QRadioButton::indicator {{ width: 24px; height: 24px; }}
{M} QComboBox#promptChooser {{ font-size: {pt(16)}; padding: 6px 10px; }}
{M} QComboBox#promptChooser QAbstractItemView {{ font-size: {pt(15)}; }}
{M} QListView#studentTiles {{ background: transparent; border: none; }}
{M} QListView#myEntries {{ background: {_T.surface}; border: 2px solid {LINE}; border-radius: 10px; }}
{M} QPlainTextEdit#journalEditor {{ background: {_T.surface}; border: 2px solid {LINE}; border-radius: 10px;
                                   padding: 6px; }}
{M} QPlainTextEdit#journalEditor:focus {{ border: 2px solid {ACCENT}; }}
{M} QFrame#questionnaireOffer {{ background: {_T.info_soft}; border: 2px solid {ACCENT}; border-radius: 12px; }}
{M} QFrame#questionnaireOffer[done="true"] {{ background: {_T.success_soft}; border-color: {DONE}; }}
{M} QLabel#offerText {{ font-size: {pt(16)}; color: {INK}; }}
{M} QPushButton#offerButton, {M} QPushButton#primaryButton {{ background: {ACCENT}; color: {_T.on_accent};
                                                              border-color: {ACCENT}; font-weight: 700; }}
{M} QPushButton#offerButton:hover, {M} QPushButton#primaryButton:hover {{ background: {ACCENT_HOVER}; }}
{M} QPushButton#offerButton:focus, {M} QPushButton#primaryButton:focus {{ border: 3px solid {INK}; }}
{M} QPushButton#offerButton[done="true"] {{ background: {_T.surface}; color: {INK}; border-color: {LINE};
                                            font-weight: 400; }}
{M} QPushButton#offerButton[done="true"]:hover {{ background: {HOVER}; }}
{M} QPushButton#offerButton[done="true"]:focus {{ border: 3px solid {ACCENT}; }}
{M} QLabel#questionTitle {{ font-size: {pt(16)}; font-weight: 700; color: {SOFT}; }}
{M} QLabel#questionProgress {{ font-size: {pt(18)}; font-weight: 700; color: {ACCENT}; }}
{M} QLabel#questionIntro {{ font-size: {pt(14)}; color: {SOFT}; }}
{M} QLabel#questionItem {{ font-size: {pt(28)}; font-weight: 600; color: {INK}; }}
{M} QLabel#questionEarlier {{ font-size: {pt(14)}; color: {SOFT}; }}
{M} QPushButton#answerButton {{ font-size: {pt(18)}; min-height: 72px; padding: 8px 10px; }}
{M} QPushButton#answerButton:checked {{ background: {ACCENT}; color: {_T.on_accent}; border: 3px solid {ACCENT};
                                        font-weight: 700; }}
{M} QPushButton#answerButton:checked:focus {{ border: 3px solid {INK}; }}
QDialog QLabel {{ font-size: {pt(14)}; }}
QDialog QLineEdit {{ font-size: {pt(20)}; padding: 4px 8px; }}
"""
