# generated from ui/review_dialog.ui (sha256 16815b74aac812341b5c4fb5c1253a66620c92a21b5e0034a580cd9b8ae02aa5) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(760, 600)
        self.verticalLayout = QVBoxLayout(ReviewDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.heading = QLabel(ReviewDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.verticalLayout.addWidget(self.heading)

        self.reviewerLayout = QFormLayout()
        self.reviewerLayout.setObjectName(u"reviewerLayout")
        self.reviewerLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.reviewerLabel = QLabel(ReviewDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.reviewerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewer = QComboBox(ReviewDialog)
        self.reviewer.setObjectName(u"reviewer")

        self.reviewerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reviewer)


        self.verticalLayout.addLayout(self.reviewerLayout)

        self.scroll = QScrollArea(ReviewDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scoresContents = QWidget()
        self.scoresContents.setObjectName(u"scoresContents")
        self.scoresGrid = QGridLayout(self.scoresContents)
        self.scoresGrid.setObjectName(u"scoresGrid")
        self.scroll.setWidget(self.scoresContents)

        self.verticalLayout.addWidget(self.scroll)

        self.commentLayout = QFormLayout()
        self.commentLayout.setObjectName(u"commentLayout")
        self.commentLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.commentLabel = QLabel(ReviewDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.commentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.comment = QPlainTextEdit(ReviewDialog)
        self.comment.setObjectName(u"comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumSize(QSize(0, 54))
        self.comment.setMaximumSize(QSize(16777215, 108))

        self.commentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.comment)


        self.verticalLayout.addLayout(self.commentLayout)

        self.others = QLabel(ReviewDialog)
        self.others.setObjectName(u"others")
        self.others.setWordWrap(True)

        self.verticalLayout.addWidget(self.others)

        self.problem = QLabel(ReviewDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.verticalLayout.addWidget(self.problem)

        self.actions = QHBoxLayout()
        self.actions.setObjectName(u"actions")
        self.conflictButton = QPushButton(ReviewDialog)
        self.conflictButton.setObjectName(u"conflictButton")

        self.actions.addWidget(self.conflictButton)

        self.gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions.addItem(self.gap)

        self.saveDraftButton = QPushButton(ReviewDialog)
        self.saveDraftButton.setObjectName(u"saveDraftButton")

        self.actions.addWidget(self.saveDraftButton)

        self.submitButton = QPushButton(ReviewDialog)
        self.submitButton.setObjectName(u"submitButton")

        self.actions.addWidget(self.submitButton)


        self.verticalLayout.addLayout(self.actions)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reviewerLabel.setBuddy(self.reviewer)
        self.commentLabel.setBuddy(self.comment)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Review", None))
        self.reviewerLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Reviewer", None))
        self.commentLabel.setText(QCoreApplication.translate("ReviewDialog", u"Overall &comment", None))
        self.conflictButton.setText(QCoreApplication.translate("ReviewDialog", u"Declare a conflict of &interest\u2026", None))
        self.saveDraftButton.setText(QCoreApplication.translate("ReviewDialog", u"Save &draft", None))
        self.submitButton.setText(QCoreApplication.translate("ReviewDialog", u"&Submit (final)", None))
    # retranslateUi

