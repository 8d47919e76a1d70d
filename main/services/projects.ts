import type { Req, Res } from '../../core/api';
import type { AppContext } from './context';
import { notFound } from './errors';

export function createProject(
  { repos }: AppContext,
  req: Req<'project.create'>,
): Res<'project.create'> {
  return { id: repos.projects.create(req.name, req.sourceLang, req.targetLang) };
}

export function deleteProject(
  { repos }: AppContext,
  req: Req<'project.delete'>,
): Res<'project.delete'> {
  if (!repos.projects.delete(req.id)) throw notFound('project', req.id);
  return {};
}

export function listDocuments(
  { repos }: AppContext,
  req: Req<'document.list'>,
): Res<'document.list'> {
  if (!repos.projects.get(req.projectId)) throw notFound('project', req.projectId);
  return {
    items: repos.documents.list(req.projectId).map(({ mtEngine: _m, ...summary }) => summary),
  };
}

export function getDocument({ repos }: AppContext, req: Req<'document.get'>): Res<'document.get'> {
  const doc = repos.documents.get(req.documentId);
  if (!doc) throw notFound('document', req.documentId);
  const project = repos.projects.get(doc.projectId);
  if (!project) throw notFound('project', doc.projectId);
  const { mtEngine: _m, ...summary } = doc;
  return { ...summary, sourceLang: project.sourceLang, targetLang: project.targetLang };
}

export function deleteDocument(
  { repos }: AppContext,
  req: Req<'document.delete'>,
): Res<'document.delete'> {
  if (!repos.documents.delete(req.documentId)) throw notFound('document', req.documentId);
  return {};
}

export function alignmentPath(
  { repos }: AppContext,
  req: Req<'alignment.path'>,
): Res<'alignment.path'> {
  if (!repos.documents.head(req.documentId)) throw notFound('document', req.documentId);
  const groups = repos.segments.ranges(req.documentId);
  // Live rows tile both sides, so the last row ends where the paragraphs do.
  const last = groups.at(-1);
  return { sourceCount: last?.s1 ?? 0, targetCount: last?.t1 ?? 0, groups };
}
