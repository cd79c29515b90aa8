#include "ui/common/messageboxes.h"

#include <QApplication>
#include <QPointer>
#include <QQueue>

namespace rd {

namespace {
QQueue<QMessageBox::StandardButton>& queuedAnswers() {
    static QQueue<QMessageBox::StandardButton> answers;
    return answers;
}
QString& lastShownText() {
    static QString text;
    return text;
}
} // namespace

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer) {
    queuedAnswers().enqueue(answer);
}

bool MessageBoxes::hasQueuedAnswer() {
    return !queuedAnswers().isEmpty();
}

QString MessageBoxes::lastText() {
    return lastShownText();
}

void MessageBoxes::question(QWidget* parent, const QString& title, const QString& text,
                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                            std::function<void(QMessageBox::StandardButton)> done) {
    lastShownText() = text;
    if (!queuedAnswers().isEmpty()) {
        const QMessageBox::StandardButton answer = queuedAnswers().dequeue();
        QMetaObject::invokeMethod(
            parent ? static_cast<QObject*>(parent) : static_cast<QObject*>(qApp),
            [answer, done = std::move(done)] { done(answer); }, Qt::QueuedConnection);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, buttons, parent);
    box->setDefaultButton(defaultButton);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, done = std::move(done)](int) { done(box->standardButton(box->clickedButton())); });
    box->open();
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text) {
    lastShownText() = text;
    if (!queuedAnswers().isEmpty()) {
        queuedAnswers().dequeue();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace rd
