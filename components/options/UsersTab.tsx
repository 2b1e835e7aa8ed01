/** Team: the users who can be account managers; one of them is "me". */
import type { User } from '../../core/domain';
import { useState } from 'preact/hooks';
import { actions, emptyUser, queries, type UserErrors, type UserInput } from '../../models/options';
import { showToast } from '../../models/toast';
import { Check, DialogForm, TextField, useDraftForm } from '../Field';
import { useLive } from '../hooks';
import { t } from '../i18n';
import { initials } from '../../core/text/initials';
import { EditableList, InlineConfirm, Section, failureText, optErrorText, EditDelete, useEditing } from './common';
import { plural } from '../plural';

export function UsersTab() {
  const list = useLive(queries.users, []);
  const { editing, setEditing, close, addButton } = useEditing();
  const me = list?.find((u) => u.isMe);

  return (
    <Section
      id="opt-users-title"
      title={t('optUsersTitle')}
      intro={t('optUsersIntro')}
      actions={addButton(t('optUserAdd'))}
    >
      <EditableList
        list={list}
        editing={editing}
        label={t('optUsersTitle')}
        empty={t('optUsersEmpty')}
        emptyHint={t('optUsersEmptyHint')}
        newForm={<UserForm initial={emptyUser()} me={me} onDone={close} />}
        form={(u) => (
          <UserForm id={u.id} initial={{ name: u.name, email: u.email, isMe: u.isMe }} me={me} onDone={close} />
        )}
        row={(u) => <UserRow key={u.id} user={u} onEdit={() => setEditing({ id: u.id })} />}
      />
    </Section>
  );
}

function UserRow({ user, onEdit }: { user: User; onEdit: () => void }) {
  const [confirm, setConfirm] = useState<null | { sheets: number }>(null);
  const [busy, setBusy] = useState(false);

  const askRemove = async () => {
    try {
      setConfirm({ sheets: await queries.managedSheetCount(user.id) });
    } catch (e) {
      showToast(failureText(e), { kind: 'error' });
    }
  };
  const remove = async () => {
    if (!confirm) return;
    setBusy(true);
    try {
      const result = await actions.removeUser(user.id, { clearSheets: confirm.sheets > 0 });
      if (!result.ok) {
        // The count changed since the question was asked: ask again with the new figure.
        setConfirm({ sheets: result.sheets });
        return;
      }
      showToast(
        result.clearedSheets
          ? plural('optUserRemovedCleared', result.clearedSheets, [user.name, result.clearedSheets])
          : t('optUserRemoved', user.name),
      );
    } catch (e) {
      showToast(failureText(e), { kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="list-item" style="cursor:default;flex-wrap:wrap" data-user={user.name}>
      <span class="avatar" aria-hidden="true">
        {initials(user.name, 'person')}
      </span>
      <div class="spacer" style="min-width:0">
        <div class="title">
          {user.name} {user.isMe ? <span class="badge prospect">{t('me')}</span> : null}
        </div>
        <div class="sub">{user.email || t('optUserNoEmail')}</div>
      </div>
      <div class="row">
        {!user.isMe ? (
          <button
            type="button"
            class="btn small"
            onClick={() => actions.setMe(user.id, true).catch((e) => showToast(failureText(e), { kind: 'error' }))}
          >
            {t('optUserSetMe')}
          </button>
        ) : null}
        <EditDelete name={user.name} onEdit={onEdit} onDelete={askRemove} remove />
      </div>
      {confirm ? (
        <div style="flex-basis:100%">
          <InlineConfirm
            danger
            busy={busy}
            text={
              confirm.sheets > 0
                ? plural('optUserManagesSheets', confirm.sheets, [user.name, confirm.sheets])
                : t('optUserRemoveConfirm', user.name)
            }
            confirmLabel={confirm.sheets > 0 ? t('optUserClearAndRemove') : t('optRemove')}
            onConfirm={remove}
            onCancel={() => setConfirm(null)}
          />
        </div>
      ) : null}
    </li>
  );
}

function UserForm(props: { id?: string; initial: UserInput; me: User | undefined; onDone: () => void }) {
  const { draft, set, edit, errors, busy, submit } = useDraftForm<UserInput, UserErrors>(
    props.initial,
    (d) => actions.saveUser(d, props.id),
    props.onDone,
  );
  const otherMe = props.me && props.me.id !== props.id ? props.me : undefined;

  return (
    <DialogForm
      label={props.id ? t('optUserEdit') : t('optUserAdd')}
      busy={busy}
      onSubmit={submit}
      onCancel={props.onDone}
    >
      <div class="grid2">
        <TextField
          label={t('optUserName')}
          name="name"
          value={draft.name}
          autoFocus
          error={optErrorText(errors.name)}
          onInput={(name) => edit({ name }, 'name')}
        />
        <TextField
          label={t('optUserEmail')}
          name="email"
          type="email"
          value={draft.email}
          error={optErrorText(errors.email)}
          hint={t('optUserEmailHint')}
          onInput={(email) => edit({ email }, 'email')}
        />
      </div>
      <Check name="isMe" label={t('optUserIsMe')} checked={draft.isMe} onChange={(isMe) => set({ isMe })} />
      {draft.isMe && otherMe ? <span class="muted small">{t('optUserMeMoves', otherMe.name)}</span> : null}
    </DialogForm>
  );
}
