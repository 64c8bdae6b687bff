# generated from ui/trainings_page.ui (sha256 1aea33eea3128190490bda7e35dd6ac25a7b9049ba748eb546cdc12c0a458bde) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trainings_page.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView, QTableWidget, QToolButton,
    QVBoxLayout, QWidget)

class Ui_TrainingsPage(object):
    def setupUi(self, TrainingsPage):
        if not TrainingsPage.objectName():
            TrainingsPage.setObjectName(u"TrainingsPage")
        TrainingsPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(TrainingsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(TrainingsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)


        self.mainLayout.addLayout(self.filterLayout)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.cycleCombo = QComboBox(TrainingsPage)
        self.cycleCombo.setObjectName(u"cycleCombo")

        self.dateLayout.addWidget(self.cycleCombo)

        self.settlementCombo = QComboBox(TrainingsPage)
        self.settlementCombo.setObjectName(u"settlementCombo")

        self.dateLayout.addWidget(self.settlementCombo)

        self.trainerCombo = QComboBox(TrainingsPage)
        self.trainerCombo.setObjectName(u"trainerCombo")

        self.dateLayout.addWidget(self.trainerCombo)

        self.fromLabel = QLabel(TrainingsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.dateLayout.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(TrainingsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"dd.MM.yyyy")

        self.dateLayout.addWidget(self.fromDate)

        self.toLabel = QLabel(TrainingsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.dateLayout.addWidget(self.toLabel)

        self.toDate = QDateEdit(TrainingsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"dd.MM.yyyy")

        self.dateLayout.addWidget(self.toDate)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.mainLayout.addLayout(self.dateLayout)

        self.splitter = QSplitter(TrainingsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.listStack = QStackedWidget(self.splitter)
        self.listStack.setObjectName(u"listStack")
        self.trainingsView = QTableView()
        self.trainingsView.setObjectName(u"trainingsView")
        self.listStack.addWidget(self.trainingsView)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.listStack.addWidget(self.emptyLabel)
        self.splitter.addWidget(self.listStack)
        self.sessionsPane = QWidget(self.splitter)
        self.sessionsPane.setObjectName(u"sessionsPane")
        self.sessionsLayout = QVBoxLayout(self.sessionsPane)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionsLabel = QLabel(self.sessionsPane)
        self.sessionsLabel.setObjectName(u"sessionsLabel")

        self.sessionsLayout.addWidget(self.sessionsLabel)

        self.sessionsTable = QTableWidget(self.sessionsPane)
        self.sessionsTable.setObjectName(u"sessionsTable")

        self.sessionsLayout.addWidget(self.sessionsTable)

        self.splitter.addWidget(self.sessionsPane)

        self.mainLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(TrainingsPage)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(TrainingsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.checkInButton = QPushButton(TrainingsPage)
        self.checkInButton.setObjectName(u"checkInButton")

        self.buttonsLayout.addWidget(self.checkInButton)

        self.backEntryButton = QPushButton(TrainingsPage)
        self.backEntryButton.setObjectName(u"backEntryButton")

        self.buttonsLayout.addWidget(self.backEntryButton)

        self.printButton = QToolButton(TrainingsPage)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.buttonsLayout.addWidget(self.printButton)

        self.importButton = QPushButton(TrainingsPage)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.buttonsHint = QLabel(TrainingsPage)
        self.buttonsHint.setObjectName(u"buttonsHint")
        self.buttonsHint.setWordWrap(True)

        self.buttonsLayout.addWidget(self.buttonsHint)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingsPage)
    # setupUi

    def retranslateUi(self, TrainingsPage):
        self.fromLabel.setText(QCoreApplication.translate("TrainingsPage", u"from", None))
        self.toLabel.setText(QCoreApplication.translate("TrainingsPage", u"to", None))
        pass
    # retranslateUi

