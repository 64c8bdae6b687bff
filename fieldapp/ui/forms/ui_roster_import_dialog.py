# generated from ui/roster_import_dialog.ui (sha256 eddb90003ffbf1805cee541868ca671849ee0a24621426bf8b4b1de00c161b98) by `python -m fieldapp.ui.build` — do not edit
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'roster_import_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RosterImportDialog(object):
    def setupUi(self, RosterImportDialog):
        if not RosterImportDialog.objectName():
            RosterImportDialog.setObjectName(u"RosterImportDialog")
        RosterImportDialog.resize(980, 640)
        self.mainLayout = QVBoxLayout(RosterImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(RosterImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel)

        self.fileEdit = QLineEdit(RosterImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(RosterImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.mainLayout.addLayout(self.fileLayout)

        self.trainingLabel = QLabel(RosterImportDialog)
        self.trainingLabel.setObjectName(u"trainingLabel")
        self.trainingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.trainingLabel)

        self.splitter = QSplitter(RosterImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.mappingBox = QGroupBox(self.splitter)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QVBoxLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingTable = QTableWidget(self.mappingBox)
        self.mappingTable.setObjectName(u"mappingTable")

        self.mappingLayout.addWidget(self.mappingTable)

        self.splitter.addWidget(self.mappingBox)
        self.previewBox = QGroupBox(self.splitter)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTable = QTableWidget(self.previewBox)
        self.previewTable.setObjectName(u"previewTable")

        self.previewLayout.addWidget(self.previewTable)

        self.splitter.addWidget(self.previewBox)

        self.mainLayout.addWidget(self.splitter)

        self.summaryLabel = QLabel(RosterImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.buttonBox = QDialogButtonBox(RosterImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RosterImportDialog)
    # setupUi

    def retranslateUi(self, RosterImportDialog):
        RosterImportDialog.setWindowTitle(QCoreApplication.translate("RosterImportDialog", u"Import participants", None))
        self.fileLabel.setText(QCoreApplication.translate("RosterImportDialog", u"&File", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("RosterImportDialog", u"An Excel (.xlsx) or CSV list of participants", None))
        self.browseButton.setText(QCoreApplication.translate("RosterImportDialog", u"&Browse\u2026", None))
        self.mappingBox.setTitle(QCoreApplication.translate("RosterImportDialog", u"Columns", None))
        self.previewBox.setTitle(QCoreApplication.translate("RosterImportDialog", u"Preview: nothing is written until you confirm", None))
    # retranslateUi

