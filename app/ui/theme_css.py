"""The application stylesheet and the detail pages' CSS, written from a Theme (app/ui/theme.py).

Pure string building, so what every widget looks like is one readable list. Sizes come in as the application
font's point size (`base`) times the theme's type scale; colours only as tokens. Borders change colour, never
width, on hover; on focus the border grows to 2 px and the padding gives the pixel back, so the focus is
easy to see and nothing shifts when the keyboard moves.
"""

from __future__ import annotations

from pathlib import Path

from app.ui.theme_tokens import Theme


def _sizes(theme: Theme, base: float) -> dict[str, str]:
    scale = theme.scale
    return {role: f"{round(base * getattr(scale, role), 1)}pt"
            for role in ("small", "body", "h3", "h2", "h1", "display")}


def app_stylesheet(theme: Theme, base: float, icons: Path) -> str:
    """Every widget the facilitator's windows use; pages pick rules by objectName or a `tone` property."""
    t, f, sp, r = theme, _sizes(theme, base), theme.space, theme.radius
    down, up = (icons / "chevron-down.svg").as_posix(), (icons / "chevron-up.svg").as_posix()
    icon = round(base * 4 / 3 * 1.3)   # as theme.icon_px(): icons beside words grow with the font
    big = round(base * 1.55, 1)   # the phase tiles' titles: between h2 and h1
    return f"""
QToolTip {{ background: {t.text}; color: {t.surface}; border: none; padding: {sp.s}px; }}
QStatusBar {{ background: {t.surface}; color: {t.muted}; border-top: 1px solid {t.border}; }}
QStatusBar QLabel {{ color: {t.muted}; }}
QMenuBar {{ background: {t.surface}; color: {t.text}; padding: 2px {sp.s}px; }}
QMenuBar::item {{ padding: {sp.xs}px {sp.m}px; border-radius: {r.s}px; }}
QMenuBar::item:selected {{ background: {t.hover}; }}
QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; padding: {sp.xs}px; }}
QMenu::item {{ padding: {sp.xs + 2}px {sp.xl}px {sp.xs + 2}px {sp.m}px; border-radius: {r.s}px; }}
QMenu::item:selected {{ background: {t.selection}; color: {t.text}; }}
QMenu::item:disabled {{ color: {t.disabled}; }}
QMenu::separator {{ height: 1px; background: {t.border}; margin: {sp.xs}px {sp.s}px; }}
QToolBar {{ background: {t.surface}; border: none; border-bottom: 1px solid {t.border}; padding: {sp.xs}px;
            spacing: {sp.xs}px; }}
QToolBar::separator {{ width: 1px; background: {t.border}; margin: {sp.xs}px {sp.s}px; }}
QToolBar QToolButton {{ background: transparent; border: 1px solid transparent; padding: 3px {sp.s}px; }}
QToolBar QToolButton:hover {{ background: {t.hover}; border-color: {t.border}; }}
QToolBar QToolButton:disabled {{ background: transparent; border-color: transparent; }}

QLabel#pageTitle {{ font-size: {f['h1']}; font-weight: 600; color: {t.text}; margin-bottom: {sp.xs}px; }}
QLabel#sectionTitle {{ font-size: {f['h3']}; font-weight: 600; color: {t.text}; margin-top: {sp.xs}px; }}
QLabel#pageSummary {{ font-size: {f['body']}; color: {t.text}; }}
QLabel#curriculumWarning {{ color: {t.danger}; }}
QLabel[tone="muted"] {{ color: {t.muted}; }}
QLabel[tone="accent"] {{ color: {t.accent}; }}
QLabel[tone="success"] {{ color: {t.success}; }}
QLabel[tone="warning"] {{ color: {t.warning}; }}
QLabel[tone="danger"] {{ color: {t.danger}; }}

QPushButton, QToolButton {{ icon-size: {icon}px; background: {t.surface}; color: {t.text};
                            border: 1px solid {t.border_strong}; border-radius: {r.m}px;
                            padding: {sp.xs}px {sp.s + 2}px; }}
QToolButton {{ padding: {sp.xs}px {sp.xs}px; }}   /* a tool button adds its own margins: pushes and tools match */
QPushButton:hover, QToolButton:hover {{ background: {t.hover}; border-color: {t.accent}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: {t.pressed}; border-color: {t.accent}; }}
QPushButton:focus {{ border: 2px solid {t.accent}; padding: {sp.xs - 1}px {sp.s + 1}px; background: {t.hover}; }}
QToolButton:focus {{ border: 2px solid {t.accent}; padding: {sp.xs - 1}px {sp.xs - 1}px; background: {t.hover}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {t.disabled}; background: {t.background};
                                              border-color: {t.border}; }}
QPushButton:default {{ background: {t.accent}; color: {t.on_accent}; border-color: {t.accent}; }}
QPushButton:default:hover, QPushButton:default:focus {{ background: {t.accent_hover}; }}
QTabBar QToolButton {{ padding: 0px; border-radius: 0px; }}
QPushButton[class="phaseButton"] {{ color: {t.on_accent}; font-size: {big}pt; font-weight: 600; text-align: left;
                                    padding: {sp.m}px {sp.l + 2}px; border: 3px solid transparent;
                                    border-radius: {r.l}px; }}
QPushButton[class="phaseButton"]:hover {{ border-color: {t.surface}; }}
QPushButton[class="phaseButton"]:focus {{ border-color: {t.text}; }}
QPushButton[class="sectionButton"] {{ font-size: {f['body']}; padding: {sp.s}px {sp.m}px; }}

QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QComboBox {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border_strong}; border-radius: {r.s}px;
    padding: 3px {sp.xs + 2}px; selection-background-color: {t.selection}; selection-color: {t.text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QComboBox:focus {{ border: 2px solid {t.accent}; padding: 2px {sp.xs + 1}px; }}   /* 2 px, the text stays put */
QLineEdit:disabled, QSpinBox:disabled, QComboBox:disabled {{ color: {t.disabled}; background: {t.background};
                                                            border-color: {t.border}; }}
QComboBox {{ padding-right: 20px; }}
QComboBox:focus {{ padding-right: 19px; }}
QComboBox::drop-down {{ border: none; width: 20px; }}
QComboBox::down-arrow {{ image: url({down}); width: 14px; height: 14px; }}
QComboBox QAbstractItemView {{ background: {t.surface}; border: 1px solid {t.border};
                               selection-background-color: {t.selection}; selection-color: {t.text}; }}
QSpinBox, QDoubleSpinBox {{ padding-right: 2px; }}
QSpinBox:focus, QDoubleSpinBox:focus {{ padding-right: 1px; }}
QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{
    subcontrol-origin: border; border: none; width: 16px; background: transparent; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({up}); width: 12px; height: 12px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({down}); width: 12px; height: 12px; }}

QTextBrowser {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; border-radius: {r.m}px;
                font-size: {f['body']}; padding: {sp.xs}px {sp.s}px; }}
QListView, QListWidget, QTreeView, QTableView, QTableWidget {{
    background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; border-radius: {r.m}px;
    selection-background-color: {t.selection}; selection-color: {t.text}; outline: 0; }}
QListView {{ font-size: {f['body']}; }}
QListView::item {{ padding: {sp.s}px; border-bottom: 1px solid {t.border}; }}
QListView::item:hover {{ background: {t.hover}; }}
QListView::item:selected {{ background: {t.selection}; color: {t.text}; }}
QTableView {{ gridline-color: {t.border}; }}
QTableView::item {{ padding: {sp.xs}px {sp.s}px; }}
QTableView::item:selected {{ background: {t.selection}; color: {t.text}; }}
QHeaderView::section {{ background: {t.background}; color: {t.muted}; font-weight: 600; border: none;
                        border-bottom: 1px solid {t.border}; border-right: 1px solid {t.border};
                        padding: {sp.xs}px {sp.s}px; }}

QTabWidget::pane {{ border: 1px solid {t.border}; border-radius: {r.m}px; background: {t.surface}; top: -1px; }}
QTabBar::tab {{ background: transparent; color: {t.muted}; border: none; border-bottom: 3px solid transparent;
                padding: {sp.xs + 2}px {sp.m}px; }}
QTabBar::tab:selected {{ color: {t.text}; border-bottom-color: {t.accent}; }}
QTabBar::tab:hover {{ color: {t.text}; background: {t.hover}; }}
QGroupBox {{ border: 1px solid {t.border}; border-radius: {r.m}px; margin-top: {sp.l}px;
             padding: {sp.m}px {sp.s}px {sp.s}px {sp.s}px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {sp.m}px; padding: 0px {sp.xs}px; color: {t.text}; }}
QSplitter::handle {{ background: {t.background}; }}
QProgressBar {{ border: 1px solid {t.border}; border-radius: {r.s}px; background: {t.surface}; text-align: center; }}
QProgressBar::chunk {{ background: {t.accent}; border-radius: {r.s}px; }}

QScrollBar:vertical {{ background: transparent; width: 12px; margin: 0px; }}
QScrollBar:horizontal {{ background: transparent; height: 12px; margin: 0px; }}
QScrollBar::handle:vertical {{ background: {t.scrollbar}; border-radius: 4px; min-height: 32px; margin: 2px; }}
QScrollBar::handle:horizontal {{ background: {t.scrollbar}; border-radius: 4px; min-width: 32px; margin: 2px; }}
QScrollBar::handle:hover {{ background: {t.scrollbar_hover}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
{_console(t, f, base)}
{_pages(t, f, base)}
"""


def _console(t: Theme, f: dict[str, str], base: float) -> str:
    """The presenter console and its dialogs (app/ui/runner/): a big timer, captions, the tool panels."""
    sp, r = t.space, t.radius
    return f"""
QTextBrowser#script {{ font-size: {round(base * 1.4, 1)}pt; }}   /* read aloud at a glance, standing */
QLabel#stepHeading {{ font-size: {f['h2']}; font-weight: 600; }}
QLabel#timer {{ font-size: {f['display']}; font-weight: 700; padding: 0px {sp.m}px; border-radius: {r.l}px;
                color: {t.on_accent}; background: {t.success}; }}
QLabel#timer[state="soon"] {{ background: {t.warning}; }}
QLabel#timer[state="over"] {{ background: {t.danger}; }}
QLabel#timer[state="none"] {{ font-size: {f['h3']}; color: {t.muted}; background: transparent;
                              padding: {sp.s}px {sp.m}px; }}
QLabel#groupCaption {{ color: {t.muted}; font-size: {f['small']}; font-weight: 600; }}
QToolButton#action {{ padding: {sp.xs}px {sp.s - 2}px; }}
QToolButton#action:focus {{ padding: {sp.xs - 1}px {sp.s - 3}px; }}
QToolButton#bigAction {{ padding: {sp.xs + 1}px {sp.s}px; font-weight: 600; }}
QToolButton#bigAction:focus {{ padding: {sp.xs}px {sp.s - 1}px; }}
QFrame#questionnairePanel, QFrame#rolePlayPanel, QFrame#sessionSummary {{
    background: {t.panel}; border: 1px solid {t.border}; border-radius: {r.m}px; }}
QFrame#sessionSummary QLabel, QFrame#rolePlayPanel QLabel, QFrame#questionnairePanel QLabel {{
    background: transparent; }}
QLabel#summaryHeading {{ font-weight: 700; }}
QLabel[class="summaryValue"] {{ font-weight: 600; }}
QLabel#suggestionReason {{ color: {t.accent}; padding: {sp.xs}px 0px; }}
QLabel#observationHeading {{ font-size: {f['h3']}; font-weight: 700; }}
QFrame#ratingRow {{ border: 2px solid transparent; border-radius: {r.m}px; }}
QFrame#ratingRow:focus {{ border-color: {t.accent}; background: {t.hover}; }}
QFrame#ratingRow QRadioButton {{ padding: {sp.s - 2}px {sp.s + 2}px; }}
QLabel#ratingQuestion {{ font-weight: 600; }}
"""


def _pages(t: Theme, f: dict[str, str], base: float) -> str:
    """The journal review, paper entry, the devices panel and the Results page."""
    sp, r = t.space, t.radius
    return f"""
QTextBrowser#entryBody {{ font-size: {round(base * 1.55, 1)}pt; }}   /* a student's words, read at arm's length */
QLabel#entryPrompt {{ font-style: italic; color: {t.muted}; }}
QPlainTextEdit#entryNote {{ font-size: {f['body']}; }}
QLabel#paperQuestion {{ font-size: {f['body']}; font-weight: 600; }}
QTableView#paperEntry::item:selected {{ background: {t.highlight}; color: {t.text}; border: 2px solid {t.accent}; }}
QDialog#classNetworkPanel QTableView {{ font-size: {f['h3']}; }}
QDialog#classNetworkPanel QToolButton {{ padding: {sp.s - 2}px {sp.m}px; }}
QDialog#classNetworkPanel QToolButton:focus {{ padding: {sp.s - 3}px {sp.m - 1}px; }}
QLabel#netState {{ font-size: {f['h1']}; font-weight: 700; padding: {sp.s - 2}px {sp.l}px; border-radius: {r.l}px;
                   color: {t.on_accent}; background: {t.muted}; }}
QLabel#netState[state="open"] {{ background: {t.success}; }}
QLabel#netAddress {{ font-size: {f['h1']}; font-weight: 700; }}
QLabel#netAddress[state="none"] {{ font-size: {f['h3']}; font-weight: 400; }}
QLabel#netCode {{ font-size: {f['display']}; font-weight: 800; color: {t.warning}; }}
QLabel#netSummary {{ font-size: {f['h3']}; font-weight: 600; }}
QLabel#netNote {{ color: {t.muted}; }}
QWidget#resultsPage QLabel#demoBanner {{ background: {t.notice_soft}; color: {t.notice_text};
    border: 1px solid {t.notice_border}; border-radius: {r.m}px; padding: {sp.s}px {sp.m}px; }}
QWidget#resultsPage QLabel#caveats {{ background: {t.info_soft}; color: {t.text}; border-left: 4px solid {t.accent};
                                      padding: {sp.s}px {sp.m}px; }}
QWidget#resultsPage QLabel#resultsHeading {{ color: {t.text}; margin-top: {sp.xs}px; }}
QWidget#resultsPage QLabel#scaleKind, QWidget#resultsPage QLabel#subscaleExplain {{ color: {t.muted}; }}
QWidget#resultsPage QLabel#plainSentence {{ color: {t.text}; }}
"""


def document_css(t: Theme, base: float) -> str:
    """The detail pages' HTML (activities, plans, challenges, decks, a class's past sessions, the console's
    script): the app's type scale, accent links without the default blue underline (QTextBrowser has no
    :hover, so links are accent and semi-bold, and the cursor turns to a hand), a roomy line height."""
    size = {role: f"{round(base * getattr(t.scale, role), 1)}pt" for role in ("small", "body", "h3", "h2", "h1")}
    p = t.projector
    return f"""
body {{ color: {t.text}; }}
p, li, td {{ line-height: 135%; }}
p {{ margin-top: 0px; margin-bottom: 8px; }}
h1 {{ font-size: {size['h1']}; font-weight: 600; margin-top: 4px; margin-bottom: 4px; }}
h2 {{ font-size: {size['h2']}; font-weight: 600; margin-top: 20px; margin-bottom: 6px; }}
h3 {{ font-size: {size['h3']}; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }}
a {{ color: {t.accent}; text-decoration: none; font-weight: 600; }}
ul {{ margin-top: 0px; margin-bottom: 8px; }}
li {{ margin-bottom: 3px; }}
table {{ border-collapse: collapse; }}
td, th {{ padding: 4px 12px 4px 0px; }}
th {{ color: {t.muted}; text-align: left; }}
code {{ font-family: monospace; }}
.meta {{ color: {t.muted}; }}
.summary {{ font-size: {size['h3']}; }}
.step {{ margin-top: 16px; }}
.minutes {{ color: {t.muted}; font-weight: normal; }}
.projector {{ background-color: {p.background}; color: {p.text}; padding: 10px; }}
.problem {{ color: {t.danger}; }}
.done {{ color: {t.success}; }}
.partial {{ color: {t.warning}; }}
.say {{ color: {t.accent}; }}
.script {{ line-height: 115%; margin-bottom: 10px; }}   /* the console's script: room for more lines */
"""
