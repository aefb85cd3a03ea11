"""Student mode's look: large, friendly type for 11–16 year olds, kept local to the kiosk window.

The app-wide stylesheet (app/ui/style.py) is tuned for a facilitator's screen; these rules only reach widgets
inside StudentMode, selected by objectName, so the two never fight.
"""

from __future__ import annotations

INK = "#1F2933"
ACCENT = "#2F6690"
PAPER = "#FFF8EE"
SOFT = "#4A5560"
ALERT = "#B3261E"
LINE = "#C9D3DD"
DONE = "#2E7D32"

# Every rule starts with the kiosk's objectName: it then outranks the app-wide sheet, and rules for one named
# widget (`M QPushButton#pinDigit`) outrank the kiosk's general ones (`M QPushButton`).
M = "QWidget#studentMode"
STUDENT_STYLESHEET = f"""
{M} {{ background: {PAPER}; color: {INK}; }}
{M} QLabel#studentHeading {{ font-size: 30pt; font-weight: 700; color: {INK}; }}
{M} QLabel#studentSubheading {{ font-size: 16pt; color: {SOFT}; }}
{M} QLabel#studentSection {{ font-size: 16pt; font-weight: 700; color: {INK}; }}
{M} QLabel#studentNote {{ font-size: 15pt; color: {INK}; background: #E3EEF8; border-radius: 10px;
                          padding: 10px 16px; }}
{M} QLabel#studentMessage {{ font-size: 16pt; font-weight: 600; color: {ALERT}; }}
{M} QLabel#promptText {{ font-size: 22pt; font-weight: 600; color: {ACCENT}; }}
{M} QLabel#saveStatus {{ font-size: 13pt; color: {SOFT}; }}
{M} QLabel#saveBanner {{ font-size: 15pt; font-weight: 600; color: white; background: {ALERT};
                         border-radius: 10px; padding: 10px 16px; }}
{M} QLabel#visibilityHelp {{ font-size: 13pt; color: {SOFT}; }}
{M} QPushButton, {M} QToolButton {{
    font-size: 16pt; padding: 8px 18px; border-radius: 10px; color: {INK};
    background: white; border: 2px solid {LINE}; min-height: 34px;
}}
{M} QPushButton:hover, {M} QToolButton:hover {{ background: #EEF4FA; }}
{M} QPushButton:pressed, {M} QToolButton:pressed {{ background: #D7E5F2; }}
{M} QPushButton:focus, {M} QToolButton:focus {{ border: 3px solid {ACCENT}; }}
{M} QPushButton:disabled, {M} QToolButton:disabled {{ color: #9AA5B1; background: #F4F6F8; }}
{M} QToolButton#doneButton, {M} QPushButton#okButton {{ background: {ACCENT}; color: white; border-color: {ACCENT};
                                                        font-weight: 700; }}
{M} QToolButton#doneButton:hover, {M} QPushButton#okButton:hover {{ background: #27577B; }}
{M} QToolButton#doneButton:focus, {M} QPushButton#okButton:focus {{ border: 3px solid {INK}; }}
{M} QPushButton#pinDigit, {M} QPushButton#okButton, {M} QPushButton#backspaceButton {{
    font-size: 26pt; min-width: 110px; min-height: 64px; }}
{M} QPushButton#okButton:disabled {{ background: #9AA5B1; border-color: #9AA5B1; }}
{M} QPushButton#leaveButton {{ font-size: 11pt; padding: 4px 10px; min-height: 18px; color: {SOFT};
                               background: transparent; border: 1px solid {LINE}; border-radius: 6px; }}
{M} QLineEdit#pinEdit {{ font-size: 30pt; padding: 6px 12px; border: 2px solid {LINE}; border-radius: 10px;
                         background: white; }}
{M} QRadioButton {{ font-size: 16pt; spacing: 10px; padding: 2px; }}
{M} QRadioButton::indicator {{ width: 24px; height: 24px; }}
{M} QComboBox#promptChooser {{ font-size: 16pt; padding: 6px 10px; }}
{M} QComboBox#promptChooser QAbstractItemView {{ font-size: 15pt; }}
{M} QListView#studentTiles {{ background: transparent; border: none; }}
{M} QListView#myEntries {{ background: white; border: 2px solid {LINE}; border-radius: 10px; }}
{M} QPlainTextEdit#journalEditor {{ background: white; border: 2px solid {LINE}; border-radius: 10px; padding: 6px; }}
{M} QPlainTextEdit#journalEditor:focus {{ border: 2px solid {ACCENT}; }}
{M} QFrame#questionnaireOffer {{ background: #E3EEF8; border: 2px solid {ACCENT}; border-radius: 12px; }}
{M} QFrame#questionnaireOffer[done="true"] {{ background: #E8F3EA; border-color: {DONE}; }}
{M} QLabel#offerText {{ font-size: 16pt; color: {INK}; }}
{M} QPushButton#offerButton, {M} QPushButton#primaryButton {{ background: {ACCENT}; color: white;
                                                              border-color: {ACCENT}; font-weight: 700; }}
{M} QPushButton#offerButton:hover, {M} QPushButton#primaryButton:hover {{ background: #27577B; }}
{M} QPushButton#offerButton:focus, {M} QPushButton#primaryButton:focus {{ border: 3px solid {INK}; }}
{M} QPushButton#offerButton[done="true"] {{ background: white; color: {INK}; border-color: {LINE};
                                            font-weight: 400; }}
{M} QPushButton#offerButton[done="true"]:hover {{ background: #EEF4FA; }}
{M} QPushButton#offerButton[done="true"]:focus {{ border: 3px solid {ACCENT}; }}
{M} QLabel#questionTitle {{ font-size: 16pt; font-weight: 700; color: {SOFT}; }}
{M} QLabel#questionProgress {{ font-size: 18pt; font-weight: 700; color: {ACCENT}; }}
{M} QLabel#questionIntro {{ font-size: 14pt; color: {SOFT}; }}
{M} QLabel#questionItem {{ font-size: 28pt; font-weight: 600; color: {INK}; }}
{M} QLabel#questionEarlier {{ font-size: 14pt; color: {SOFT}; }}
{M} QPushButton#answerButton {{ font-size: 18pt; min-height: 72px; padding: 8px 10px; }}
{M} QPushButton#answerButton:checked {{ background: {ACCENT}; color: white; border: 3px solid {ACCENT};
                                        font-weight: 700; }}
{M} QPushButton#answerButton:checked:focus {{ border: 3px solid {INK}; }}
QDialog QLabel {{ font-size: 14pt; }}
QDialog QLineEdit {{ font-size: 20pt; padding: 4px 8px; }}
"""
