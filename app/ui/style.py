"""The app's look: calm, high-contrast, large enough to read on a projected laptop screen."""

STYLESHEET = """
QLabel#pageTitle { font-size: 22pt; font-weight: 600; margin-bottom: 4px; }
QLabel#sectionTitle { font-size: 14pt; font-weight: 600; color: #333; margin-top: 6px; }
QLabel#pageSummary { font-size: 12pt; color: #333; }
QLabel#curriculumWarning { color: #8a1c1c; }
QPushButton[class="phaseButton"] {
    color: white; font-size: 17pt; font-weight: 600; text-align: left;
    padding: 14px 20px; border-radius: 10px; min-height: 90px;
}
QPushButton[class="phaseButton"]:focus { border: 4px solid #111; }
QPushButton[class="sectionButton"] { font-size: 12pt; padding: 10px; }
QListView { font-size: 12pt; }
QListView::item { padding: 8px; border-bottom: 1px solid #ddd; }
QListView::item:selected { background: #dbe7f5; color: black; }
QTextBrowser { font-size: 12pt; }
"""
