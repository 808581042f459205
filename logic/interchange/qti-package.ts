// A quiz as the files of an IMS QTI 2.1 content package: imsmanifest.xml with
// the assessmentTest (an imsqti_test_xmlv2p1 resource that depends on the
// items) and one imsqti_item_xmlv2p1 resource per question, and the files.
// Zipping is left to the caller (scripts/export-lms.ts).
import type { Quiz } from '../content/quiz.ts'
import type { SourceTitles } from './qti-item.ts'
import { questionToQtiItem, XSI_NAMESPACE } from './qti-item.ts'
import { quizToQtiTest, TEST_HREF } from './qti-test.ts'
import { el, renderXmlDocument } from './xml.ts'

const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/imscp_v1p1'
const CP_SCHEMA_LOCATION = `${CP_NAMESPACE} http://www.imsglobal.org/xsd/imscp_v1p1.xsd`
export const ITEM_RESOURCE_TYPE = 'imsqti_item_xmlv2p1'
export const TEST_RESOURCE_TYPE = 'imsqti_test_xmlv2p1'

/** Path inside the package → file text. */
export type PackageFiles = Map<string, string>

export function quizToQtiPackage(quiz: Quiz, titles: SourceTitles = {}): PackageFiles {
  const items = quiz.questions.map(question => questionToQtiItem(quiz.id, question, titles))
  const test = quizToQtiTest(quiz, items)
  const resourceId = (identifier: string): string => `RES_${identifier}`
  const testResource = el('resource', { identifier: `RES_T_${quiz.id}`, type: TEST_RESOURCE_TYPE, href: TEST_HREF }, el('file', { href: TEST_HREF }), ...items.map(item => el('dependency', { identifierref: resourceId(item.identifier) })))
  const manifest = el('manifest', {
    'xmlns': CP_NAMESPACE,
    'xmlns:xsi': XSI_NAMESPACE,
    'xsi:schemaLocation': CP_SCHEMA_LOCATION,
    'identifier': `MANIFEST_${quiz.id}`,
  }, el('metadata', {}, el('schema', {}, 'QTIv2.1 Package'), el('schemaversion', {}, '1.0.0')), el('organizations'), el('resources', {}, testResource, ...items.map(item => el('resource', { identifier: resourceId(item.identifier), type: ITEM_RESOURCE_TYPE, href: item.href }, el('file', { href: item.href })))))
  return new Map([['imsmanifest.xml', renderXmlDocument(manifest)], [TEST_HREF, test], ...items.map(item => [item.href, item.xml] as [string, string])])
}
