import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowActions as WorkflowActions_ba4f494906d6b8deeb4d0f73fe66c06b } from '../../../src/components/WorkflowActions.tsx'
import { AnnexImport as AnnexImport_3e9ef84dc8702a778418f4c143de2b3b } from '../../../src/components/AnnexImport.tsx'
import { AnnouncementItemLabel as AnnouncementItemLabel_5ffdfc5c56bcd6c71f7464f0693fa83e } from '../../../src/components/AnnouncementItemLabel.tsx'
import { RateCell as RateCell_46ca491bf4b36946185a768db1ad7bed } from '../../../src/components/Rate.tsx'
import { RateField as RateField_46ca491bf4b36946185a768db1ad7bed } from '../../../src/components/Rate.tsx'
import { RadioWeek as RadioWeek_cc3781497e5220e67806da409cf807ea } from '../../../src/components/RadioWeek.tsx'
import { NotificationBell as NotificationBell_6faffb9aae5c9648ac783ebcb2d9482d } from '../../../src/components/NotificationBell.tsx'
import { NotificationsPanel as NotificationsPanel_73772a73b522133389357616a0bb26ba } from '../../../src/components/NotificationsPanel.tsx'
import { EditorialQueue as EditorialQueue_8f8c196804a4d31d3796b9301ad7678a } from '../../../src/components/EditorialQueue.tsx'
import { UnitReports as UnitReports_ad6b23a669c2638c13a1d30764e2fd10 } from '../../../src/components/UnitReports.tsx'
import { ReportsOverview as ReportsOverview_973fce62f49ff9026ba0b9a8d46f6697 } from '../../../src/components/ReportsOverview.tsx'
import { ParProgress as ParProgress_53994a86119bee04f8fcbc5e6528fa2e } from '../../../src/components/ParProgress.tsx'
import { InterestPanel as InterestPanel_f61e70d8e9b4d2b6a9370798264188c0 } from '../../../src/components/InterestPanel.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/WorkflowActions.tsx#WorkflowActions": WorkflowActions_ba4f494906d6b8deeb4d0f73fe66c06b,
  "/src/components/AnnexImport.tsx#AnnexImport": AnnexImport_3e9ef84dc8702a778418f4c143de2b3b,
  "/src/components/AnnouncementItemLabel.tsx#AnnouncementItemLabel": AnnouncementItemLabel_5ffdfc5c56bcd6c71f7464f0693fa83e,
  "/src/components/Rate.tsx#RateCell": RateCell_46ca491bf4b36946185a768db1ad7bed,
  "/src/components/Rate.tsx#RateField": RateField_46ca491bf4b36946185a768db1ad7bed,
  "/src/components/RadioWeek.tsx#RadioWeek": RadioWeek_cc3781497e5220e67806da409cf807ea,
  "/src/components/NotificationBell.tsx#NotificationBell": NotificationBell_6faffb9aae5c9648ac783ebcb2d9482d,
  "/src/components/NotificationsPanel.tsx#NotificationsPanel": NotificationsPanel_73772a73b522133389357616a0bb26ba,
  "/src/components/EditorialQueue.tsx#EditorialQueue": EditorialQueue_8f8c196804a4d31d3796b9301ad7678a,
  "/src/components/UnitReports.tsx#UnitReports": UnitReports_ad6b23a669c2638c13a1d30764e2fd10,
  "/src/components/ReportsOverview.tsx#ReportsOverview": ReportsOverview_973fce62f49ff9026ba0b9a8d46f6697,
  "/src/components/ParProgress.tsx#ParProgress": ParProgress_53994a86119bee04f8fcbc5e6528fa2e,
  "/src/components/InterestPanel.tsx#InterestPanel": InterestPanel_f61e70d8e9b4d2b6a9370798264188c0,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
