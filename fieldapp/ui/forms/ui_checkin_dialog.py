# generated from ui/checkin_dialog.ui (sha256 2b97fabd6a747518597ec83372472305c7f3900a519f93ddc716b2854465348d) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checkin_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QListWidget,
    QVBoxLayout, QWidget)

class Ui_CheckInDialog(object):
    def setupUi(self, CheckInDialog):
        if not CheckInDialog.objectName():
            CheckInDialog.setObjectName(u"CheckInDialog")
        CheckInDialog.resize(1000, 680)
        self.mainLayout = QVBoxLayout(CheckInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingLabel = QLabel(CheckInDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headingLabel)

        self.counterLabel = QLabel(CheckInDialog)
        self.counterLabel.setObjectName(u"counterLabel")
        self.counterLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counterLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.counterLabel)

        self.searchEdit = QLineEdit(CheckInDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.mainLayout.addWidget(self.searchEdit)

        self.resultsList = QListWidget(CheckInDialog)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resultsList.setUniformItemSizes(True)

        self.mainLayout.addWidget(self.resultsList)

        self.walkInBox = QGroupBox(CheckInDialog)
        self.walkInBox.setObjectName(u"walkInBox")
        self.walkInLayout = QFormLayout(self.walkInBox)
        self.walkInLayout.setObjectName(u"walkInLayout")
        self.walkInNameLabel = QLabel(self.walkInBox)
        self.walkInNameLabel.setObjectName(u"walkInNameLabel")

        self.walkInLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.walkInNameLabel)

        self.walkInName = QLineEdit(self.walkInBox)
        self.walkInName.setObjectName(u"walkInName")

        self.walkInLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.walkInName)

        self.walkInSexLabel = QLabel(self.walkInBox)
        self.walkInSexLabel.setObjectName(u"walkInSexLabel")

        self.walkInLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.walkInSexLabel)

        self.walkInSex = QComboBox(self.walkInBox)
        self.walkInSex.setObjectName(u"walkInSex")

        self.walkInLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.walkInSex)

        self.walkInAgeLabel = QLabel(self.walkInBox)
        self.walkInAgeLabel.setObjectName(u"walkInAgeLabel")

        self.walkInLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.walkInAgeLabel)

        self.walkInAge = QLineEdit(self.walkInBox)
        self.walkInAge.setObjectName(u"walkInAge")

        self.walkInLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.walkInAge)

        self.walkInPhoneLabel = QLabel(self.walkInBox)
        self.walkInPhoneLabel.setObjectName(u"walkInPhoneLabel")

        self.walkInLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.walkInPhoneLabel)

        self.walkInPhone = QLineEdit(self.walkInBox)
        self.walkInPhone.setObjectName(u"walkInPhone")

        self.walkInLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.walkInPhone)

        self.walkInProblem = QLabel(self.walkInBox)
        self.walkInProblem.setObjectName(u"walkInProblem")
        self.walkInProblem.setWordWrap(True)

        self.walkInLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.walkInProblem)

        self.duplicatesList = QListWidget(self.walkInBox)
        self.duplicatesList.setObjectName(u"duplicatesList")
        self.duplicatesList.setMaximumSize(QSize(16777215, 120))

        self.walkInLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.duplicatesList)


        self.mainLayout.addWidget(self.walkInBox)

        self.messageLabel = QLabel(CheckInDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.keysLabel = QLabel(CheckInDialog)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.keysLabel)

#if QT_CONFIG(shortcut)
        self.walkInNameLabel.setBuddy(self.walkInName)
        self.walkInSexLabel.setBuddy(self.walkInSex)
        self.walkInAgeLabel.setBuddy(self.walkInAge)
        self.walkInPhoneLabel.setBuddy(self.walkInPhone)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.walkInName)
        QWidget.setTabOrder(self.walkInName, self.walkInSex)
        QWidget.setTabOrder(self.walkInSex, self.walkInAge)
        QWidget.setTabOrder(self.walkInAge, self.walkInPhone)
        QWidget.setTabOrder(self.walkInPhone, self.duplicatesList)

        self.retranslateUi(CheckInDialog)
    # setupUi

    def retranslateUi(self, CheckInDialog):
        CheckInDialog.setWindowTitle(QCoreApplication.translate("CheckInDialog", u"Check-in", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CheckInDialog", u"Type a few letters of the name or digits of the phone", None))
        self.walkInBox.setTitle(QCoreApplication.translate("CheckInDialog", u"Walk-in: not on the list", None))
        self.walkInNameLabel.setText(QCoreApplication.translate("CheckInDialog", u"Full &name", None))
        self.walkInSexLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Sex", None))
        self.walkInAgeLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Age or birth year", None))
        self.walkInPhoneLabel.setText(QCoreApplication.translate("CheckInDialog", u"&Phone", None))
    # retranslateUi

