#pragma once

#include <QLabel>

namespace fd::widgets {

// path with native separators, and as ~/… (or ~) when it lies under the user's home directory:
// shorter, and the same on every machine for the same user-relative place.
QString homeRelativePath(const QString& path);

// A label that shows a file-system path (through a format such as "Data: %1"): under the home
// directory as ~/…, elided in the middle when the space is short (the start and the last
// directories stay readable), the full path in the tooltip. Its minimum width is small, so a long
// path never widens or pushes out the layout it sits in.
class PathLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathLabel)

public:
    explicit PathLabel(QWidget* parent = nullptr);

    // format holds %1 for the path; it is already translated.
    void setPath(const QString& path, const QString& format = QStringLiteral("%1"));
    QString path() const { return m_path; }
    // The whole text, not elided (what text() shows when there is room).
    QString fullText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateText();
    int horizontalChrome() const;

    QString m_path;
    QString m_format = QStringLiteral("%1");
};

} // namespace fd::widgets
