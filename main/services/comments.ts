import type { Req, Res } from '../../core/api';
import { InputError } from '../../core/model';
import type { CommentRecord } from '../db/repos';
import type { AppContext } from './context';
import { ServiceError } from './errors';
import { liveRow } from './journal';

const toComment = (c: CommentRecord) => ({ id: c.id, text: c.text, createdAt: c.createdAt });

// Comments are notes beside the translation, not edits of it: adding or deleting one is not an undo
// step, but a merge carries them along to the row that stays and undoing the merge carries them back.

export function listComments(ctx: AppContext, req: Req<'comment.list'>): Res<'comment.list'> {
  liveRow(ctx.repos, req.segmentId);
  return { items: ctx.repos.comments.list(req.segmentId).map(toComment) };
}

export function addComment(ctx: AppContext, req: Req<'comment.add'>): Res<'comment.add'> {
  const { repos } = ctx;
  return repos.db.transaction(() => {
    liveRow(repos, req.segmentId);
    const text = req.text.trim();
    if (text === '') throw new InputError('comment.add', 'a comment needs some text');
    return toComment(repos.comments.add(req.segmentId, text));
  })();
}

export function deleteComment(ctx: AppContext, req: Req<'comment.delete'>): Res<'comment.delete'> {
  const { repos } = ctx;
  if (!repos.comments.get(req.commentId))
    throw new ServiceError('not_found', `comment ${req.commentId} does not exist`);
  repos.comments.remove(req.commentId);
  return {};
}
