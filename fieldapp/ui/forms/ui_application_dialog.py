# generated from ui/application_dialog.ui (sha256 d975e4211f20ae32430b05d82cb0ef2ad27eb2871b9530b9925721aa62a0f49d) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpinBox,
    QTableWidget, QVBoxLayout, QWidget)

class Ui_ApplicationDialog(object):
    def setupUi(self, ApplicationDialog):
        if not ApplicationDialog.objectName():
            ApplicationDialog.setObjectName(u"ApplicationDialog")
        ApplicationDialog.resize(960, 660)
        self.verticalLayout = QVBoxLayout(ApplicationDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.intro = QLabel(ApplicationDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.verticalLayout.addWidget(self.intro)

        self.scroll = QScrollArea(ApplicationDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollLayout = QVBoxLayout(self.scrollContents)
        self.scrollLayout.setObjectName(u"scrollLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.callLabel = QLabel(self.scrollContents)
        self.callLabel.setObjectName(u"callLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callLabel)

        self.call = QComboBox(self.scrollContents)
        self.call.setObjectName(u"call")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.call)

        self.groupLabel = QLabel(self.scrollContents)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.group = QLineEdit(self.scrollContents)
        self.group.setObjectName(u"group")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.group)

        self.settlementLabel = QLabel(self.scrollContents)
        self.settlementLabel.setObjectName(u"settlementLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.settlementLabel)

        self.settlement = QComboBox(self.scrollContents)
        self.settlement.setObjectName(u"settlement")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.settlement)

        self.leaderLabel = QLabel(self.scrollContents)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.leaderLabel)

        self.leader = QLineEdit(self.scrollContents)
        self.leader.setObjectName(u"leader")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.leader)

        self.leaderPhoneLabel = QLabel(self.scrollContents)
        self.leaderPhoneLabel.setObjectName(u"leaderPhoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.leaderPhoneLabel)

        self.leaderPhone = QLineEdit(self.scrollContents)
        self.leaderPhone.setObjectName(u"leaderPhone")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.leaderPhone)

        self.membersLabel = QLabel(self.scrollContents)
        self.membersLabel.setObjectName(u"membersLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.membersLabel)

        self.members = QPlainTextEdit(self.scrollContents)
        self.members.setObjectName(u"members")
        self.members.setTabChangesFocus(True)
        self.members.setMinimumSize(QSize(0, 54))
        self.members.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.members)

        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.scrollContents)
        self.title.setObjectName(u"title")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.title)

        self.categoryLabel = QLabel(self.scrollContents)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.scrollContents)
        self.category.setObjectName(u"category")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.category)

        self.receivedOnLabel = QLabel(self.scrollContents)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.receivedOnLabel)

        self.receivedOn = QLineEdit(self.scrollContents)
        self.receivedOn.setObjectName(u"receivedOn")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.receivedOn)

        self.channelLabel = QLabel(self.scrollContents)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channel = QComboBox(self.scrollContents)
        self.channel.setObjectName(u"channel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.channel)

        self.languageLabel = QLabel(self.scrollContents)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.language = QComboBox(self.scrollContents)
        self.language.setObjectName(u"language")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.language)

        self.startsOnLabel = QLabel(self.scrollContents)
        self.startsOnLabel.setObjectName(u"startsOnLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.startsOnLabel)

        self.startsOn = QLineEdit(self.scrollContents)
        self.startsOn.setObjectName(u"startsOn")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.startsOn)

        self.durationLabel = QLabel(self.scrollContents)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.duration = QSpinBox(self.scrollContents)
        self.duration.setObjectName(u"duration")
        self.duration.setMaximum(36)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.duration)

        self.problemLabel = QLabel(self.scrollContents)
        self.problemLabel.setObjectName(u"problemLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.problemLabel)

        self.problem = QPlainTextEdit(self.scrollContents)
        self.problem.setObjectName(u"problem")
        self.problem.setTabChangesFocus(True)
        self.problem.setMinimumSize(QSize(0, 54))
        self.problem.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.problem)

        self.goalLabel = QLabel(self.scrollContents)
        self.goalLabel.setObjectName(u"goalLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goal = QPlainTextEdit(self.scrollContents)
        self.goal.setObjectName(u"goal")
        self.goal.setTabChangesFocus(True)
        self.goal.setMinimumSize(QSize(0, 54))
        self.goal.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.goal)

        self.objectivesLabel = QLabel(self.scrollContents)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectives = QPlainTextEdit(self.scrollContents)
        self.objectives.setObjectName(u"objectives")
        self.objectives.setTabChangesFocus(True)
        self.objectives.setMinimumSize(QSize(0, 54))
        self.objectives.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.objectives)

        self.participationLabel = QLabel(self.scrollContents)
        self.participationLabel.setObjectName(u"participationLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.participationLabel)

        self.participation = QPlainTextEdit(self.scrollContents)
        self.participation.setObjectName(u"participation")
        self.participation.setTabChangesFocus(True)
        self.participation.setMinimumSize(QSize(0, 54))
        self.participation.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.participation)

        self.inclusionLabel = QLabel(self.scrollContents)
        self.inclusionLabel.setObjectName(u"inclusionLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.inclusionLabel)

        self.inclusion = QPlainTextEdit(self.scrollContents)
        self.inclusion.setObjectName(u"inclusion")
        self.inclusion.setTabChangesFocus(True)
        self.inclusion.setMinimumSize(QSize(0, 54))
        self.inclusion.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.inclusion)

        self.risksLabel = QLabel(self.scrollContents)
        self.risksLabel.setObjectName(u"risksLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.risksLabel)

        self.risks = QPlainTextEdit(self.scrollContents)
        self.risks.setObjectName(u"risks")
        self.risks.setTabChangesFocus(True)
        self.risks.setMinimumSize(QSize(0, 54))
        self.risks.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.risks)

        self.sustainabilityLabel = QLabel(self.scrollContents)
        self.sustainabilityLabel.setObjectName(u"sustainabilityLabel")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.LabelRole, self.sustainabilityLabel)

        self.sustainability = QPlainTextEdit(self.scrollContents)
        self.sustainability.setObjectName(u"sustainability")
        self.sustainability.setTabChangesFocus(True)
        self.sustainability.setMinimumSize(QSize(0, 54))
        self.sustainability.setMaximumSize(QSize(16777215, 108))

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.sustainability)

        self.budgetTableLabel = QLabel(self.scrollContents)
        self.budgetTableLabel.setObjectName(u"budgetTableLabel")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.budgetTableLabel)

        self.budgetTable = QTableWidget(self.scrollContents)
        self.budgetTable.setObjectName(u"budgetTable")
        self.budgetTable.setMinimumSize(QSize(0, 160))

        self.formLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.budgetTable)

        self.budgetTotalsLabel = QLabel(self.scrollContents)
        self.budgetTotalsLabel.setObjectName(u"budgetTotalsLabel")

        self.formLayout.setWidget(21, QFormLayout.ItemRole.LabelRole, self.budgetTotalsLabel)

        self.budgetTotals = QLabel(self.scrollContents)
        self.budgetTotals.setObjectName(u"budgetTotals")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.budgetTotals.sizePolicy().hasHeightForWidth())
        self.budgetTotals.setSizePolicy(sizePolicy)
        self.budgetTotals.setWordWrap(True)

        self.formLayout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.budgetTotals)

        self.beneficiariesTableLabel = QLabel(self.scrollContents)
        self.beneficiariesTableLabel.setObjectName(u"beneficiariesTableLabel")

        self.formLayout.setWidget(22, QFormLayout.ItemRole.LabelRole, self.beneficiariesTableLabel)

        self.beneficiariesTable = QTableWidget(self.scrollContents)
        self.beneficiariesTable.setObjectName(u"beneficiariesTable")
        self.beneficiariesTable.setMinimumSize(QSize(0, 150))

        self.formLayout.setWidget(22, QFormLayout.ItemRole.FieldRole, self.beneficiariesTable)

        self.attachmentsLabel = QLabel(self.scrollContents)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.formLayout.setWidget(23, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsBox = QVBoxLayout()
        self.attachmentsBox.setObjectName(u"attachmentsBox")
        self.attachments = QHBoxLayout()
        self.attachments.setObjectName(u"attachments")
        self.attachmentsList = QListWidget(self.scrollContents)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 70))

        self.attachments.addWidget(self.attachmentsList)

        self.attachColumn = QVBoxLayout()
        self.attachColumn.setObjectName(u"attachColumn")
        self.attachKind = QComboBox(self.scrollContents)
        self.attachKind.setObjectName(u"attachKind")

        self.attachColumn.addWidget(self.attachKind)

        self.attachButton = QPushButton(self.scrollContents)
        self.attachButton.setObjectName(u"attachButton")

        self.attachColumn.addWidget(self.attachButton)


        self.attachments.addLayout(self.attachColumn)


        self.attachmentsBox.addLayout(self.attachments)

        self.attachmentsMissing = QLabel(self.scrollContents)
        self.attachmentsMissing.setObjectName(u"attachmentsMissing")
        self.attachmentsMissing.setWordWrap(True)

        self.attachmentsBox.addWidget(self.attachmentsMissing)


        self.formLayout.setLayout(23, QFormLayout.ItemRole.FieldRole, self.attachmentsBox)


        self.scrollLayout.addLayout(self.formLayout)

        self.scroll.setWidget(self.scrollContents)

        self.verticalLayout.addWidget(self.scroll)

        self.problems = QLabel(ApplicationDialog)
        self.problems.setObjectName(u"problems")
        self.problems.setWordWrap(True)

        self.verticalLayout.addWidget(self.problems)

        self.buttonBox = QDialogButtonBox(ApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.callLabel.setBuddy(self.call)
        self.groupLabel.setBuddy(self.group)
        self.settlementLabel.setBuddy(self.settlement)
        self.leaderLabel.setBuddy(self.leader)
        self.leaderPhoneLabel.setBuddy(self.leaderPhone)
        self.membersLabel.setBuddy(self.members)
        self.titleLabel.setBuddy(self.title)
        self.categoryLabel.setBuddy(self.category)
        self.receivedOnLabel.setBuddy(self.receivedOn)
        self.channelLabel.setBuddy(self.channel)
        self.languageLabel.setBuddy(self.language)
        self.startsOnLabel.setBuddy(self.startsOn)
        self.durationLabel.setBuddy(self.duration)
        self.problemLabel.setBuddy(self.problem)
        self.goalLabel.setBuddy(self.goal)
        self.objectivesLabel.setBuddy(self.objectives)
        self.participationLabel.setBuddy(self.participation)
        self.inclusionLabel.setBuddy(self.inclusion)
        self.risksLabel.setBuddy(self.risks)
        self.sustainabilityLabel.setBuddy(self.sustainability)
        self.budgetTableLabel.setBuddy(self.budgetTable)
        self.budgetTotalsLabel.setBuddy(self.budgetTotals)
        self.beneficiariesTableLabel.setBuddy(self.beneficiariesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.call, self.group)
        QWidget.setTabOrder(self.group, self.settlement)
        QWidget.setTabOrder(self.settlement, self.leader)
        QWidget.setTabOrder(self.leader, self.leaderPhone)
        QWidget.setTabOrder(self.leaderPhone, self.members)
        QWidget.setTabOrder(self.members, self.title)
        QWidget.setTabOrder(self.title, self.category)
        QWidget.setTabOrder(self.category, self.receivedOn)
        QWidget.setTabOrder(self.receivedOn, self.channel)
        QWidget.setTabOrder(self.channel, self.language)
        QWidget.setTabOrder(self.language, self.startsOn)
        QWidget.setTabOrder(self.startsOn, self.duration)
        QWidget.setTabOrder(self.duration, self.problem)
        QWidget.setTabOrder(self.problem, self.goal)
        QWidget.setTabOrder(self.goal, self.objectives)
        QWidget.setTabOrder(self.objectives, self.participation)
        QWidget.setTabOrder(self.participation, self.inclusion)
        QWidget.setTabOrder(self.inclusion, self.risks)
        QWidget.setTabOrder(self.risks, self.sustainability)
        QWidget.setTabOrder(self.sustainability, self.budgetTable)
        QWidget.setTabOrder(self.budgetTable, self.beneficiariesTable)
        QWidget.setTabOrder(self.beneficiariesTable, self.attachKind)
        QWidget.setTabOrder(self.attachKind, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.buttonBox)

        self.retranslateUi(ApplicationDialog)
    # setupUi

    def retranslateUi(self, ApplicationDialog):
        ApplicationDialog.setWindowTitle(QCoreApplication.translate("ApplicationDialog", u"Application", None))
        self.intro.setText(QCoreApplication.translate("ApplicationDialog", u"Type the paper form from top to bottom: Tab goes to the next field; in the budget, Enter adds a line. The form keeps a draft as you type.", None))
        self.callLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Grant &call", None))
        self.groupLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Initiative &group", None))
        self.settlementLabel.setText(QCoreApplication.translate("ApplicationDialog", u"&Settlement", None))
        self.leaderLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Group &leader", None))
        self.leaderPhoneLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Leader's &phone", None))
        self.membersLabel.setText(QCoreApplication.translate("ApplicationDialog", u"&Members (one per line)", None))
        self.titleLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Project &title", None))
        self.categoryLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Categor&y", None))
        self.receivedOnLabel.setText(QCoreApplication.translate("ApplicationDialog", u"&Received (dd.mm.yyyy)", None))
        self.channelLabel.setText(QCoreApplication.translate("ApplicationDialog", u"C&hannel", None))
        self.languageLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Applicant's lan&guage", None))
        self.startsOnLabel.setText(QCoreApplication.translate("ApplicationDialog", u"S&tart (dd.mm.yyyy)", None))
        self.durationLabel.setText(QCoreApplication.translate("ApplicationDialog", u"&Duration, months", None))
        self.problemLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Pro&blem", None))
        self.goalLabel.setText(QCoreApplication.translate("ApplicationDialog", u"G&oal", None))
        self.objectivesLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Ob&jectives", None))
        self.participationLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Community &participation", None))
        self.inclusionLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Gender and &inclusion", None))
        self.risksLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Ris&ks", None))
        self.sustainabilityLabel.setText(QCoreApplication.translate("ApplicationDialog", u"S&ustainability", None))
        self.budgetTableLabel.setText(QCoreApplication.translate("ApplicationDialog", u"B&udget (Enter adds a line)", None))
        self.budgetTotalsLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Totals", None))
        self.beneficiariesTableLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Bene&ficiaries", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Attachments", None))
#if QT_CONFIG(tooltip)
        self.attachKind.setToolTip(QCoreApplication.translate("ApplicationDialog", u"What the next file attached is", None))
#endif // QT_CONFIG(tooltip)
        self.attachButton.setText(QCoreApplication.translate("ApplicationDialog", u"&Attach a file\u2026", None))
    # retranslateUi

