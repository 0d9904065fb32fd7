#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReviewPage;
}

namespace groov::gui {

class WizardContext;

// Page 3: everything in one plain summary; a factory reset must be confirmed by typing the device's name.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardContext &context, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    bool resetConfirmed() const;

    WizardContext &m_context;
    std::unique_ptr<Ui::ReviewPage> m_ui;
};

} // namespace groov::gui
