#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace rd {

// Copies a secret or a redeemable link to the clipboard on an explicit request and takes it off again after a delay
// (design.md section 3: "cleared from the clipboard after 20 seconds if unchanged"). Shared by every vendor tab.
//  - The text is offered with the "x-kde-passwordManagerHint: secret" marker, so clipboard managers that honour it
//    (Klipper, KeePassXC's convention) do not keep a history copy.
//  - After clearDelay() the clipboard is cleared only if it still holds exactly what was copied (compared by a
//    SHA-256 digest: the guard does not keep the text itself). Something the user copied meanwhile is left alone.
//  - Destroying the guard (closing the tab or the app) clears it early, on the same condition.
class ClipboardGuard : public QObject {
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultClearDelay{20000};

    explicit ClipboardGuard(QObject* parent = nullptr);
    ~ClipboardGuard() override;

    // Test seam / setting: the delay before clearing (default 20 s).
    void setClearDelay(std::chrono::milliseconds delay) { m_delay = delay; }
    std::chrono::milliseconds clearDelay() const { return m_delay; }

    void copy(const QString& text);
    bool isArmed() const { return m_timer.isActive(); }
    // Clears now if the clipboard still holds the copied text; returns whether it did.
    bool clearNow();

Q_SIGNALS:
    void copied();
    // The delay passed: `removed` is true when the copied text was taken off, false when the clipboard had changed.
    void expired(bool removed);

private:
    bool stillOurs() const;

    QTimer m_timer;
    QByteArray m_digest;
    std::chrono::milliseconds m_delay = DefaultClearDelay;
};

} // namespace rd
