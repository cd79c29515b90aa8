#pragma once

#include <QMessageBox>

namespace rd {

// Every question or notice a dialog asks goes through here, so tests can answer it (the KeePassXC
// MessageBox::setNextAnswer seam). Without a queued answer the real QMessageBox is shown (open(), not exec(),
// when a callback is given).
class MessageBoxes {
public:
    // Queue the answer the next question() gets, instead of showing a box. Test seam.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static bool hasQueuedAnswer();

    // Asks asynchronously; `done` gets the button pressed. The box is window-modal on `parent`.
    static void question(QWidget* parent, const QString& title, const QString& text,
                         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                         std::function<void(QMessageBox::StandardButton)> done);
    // Shows a warning and returns immediately.
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // The text of the last warning or question shown (test seam: what the user would have read).
    static QString lastText();
};

} // namespace rd
