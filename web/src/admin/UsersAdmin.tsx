import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useState, type FormEvent } from "react";
import { ROLES } from "../../../domain/enums";
import { ErrorNotice } from "../ui/ErrorNotice";
import { described, Field, FormActions } from "../ui/Field";
import { graphql, useFragment } from "../gql";
import type { Role, UsersAdminQuery, UsersAdminUserFragment } from "../gql/graphql";
import { useI18n } from "../i18n/i18n";
import { AdminTable } from "./AdminTable";
import { breachMessages, TextField, useFormErrors, type Breach } from "./admin-form";

/** A user as the list and the form show them. */
const UsersAdminUser = graphql(`
  fragment UsersAdminUser on User {
    id
    username
    displayName
    role
    active
  }
`);

const UsersQuery = graphql(`
  query UsersAdminQuery {
    users {
      ...UsersAdminUser
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUserMutation($input: UserInput!) {
    createUser(input: $input) {
      ...UsersAdminUser
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdateUserMutation($id: ID!, $input: UserUpdateInput!) {
    updateUser(id: $id, input: $input) {
      ...UsersAdminUser
    }
  }
`);

/** The role of a user, from the four roles. */
function RoleSelect({ id, error, value, onChange }: { id: string; error?: string; value: Role; onChange(role: Role): void }) {
  const { t } = useI18n();
  return (
    <select {...described(id, error)} value={value} onChange={(e) => onChange(e.currentTarget.value as Role)}>
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {t(`role.${r}`)}
        </option>
      ))}
    </select>
  );
}

/** The fields of a user's form that must not be empty. */
function requiredBreaches(values: Record<string, unknown>, fields: readonly string[]): Breach[] {
  return fields.filter((f) => String(values[f] ?? "").trim() === "").map((f) => [f, "admin.field.required"] as Breach);
}

/** Changes one user: name, role, active, and optionally a new password. */
function EditUser({ user, onDone }: { user: UsersAdminUserFragment; onDone(): void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ displayName: user.displayName, role: user.role, active: user.active, password: "" });
  const id = `user-${user.id}`;
  const form = useFormErrors((field) => `${id}-${field}`);
  const [update, { loading }] = useMutation(UpdateUserMutation);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.passes(breachMessages(requiredBreaches(values, ["displayName"]), t))) return;
    const { password, ...rest } = values;
    void update({ variables: { id: user.id, input: { ...rest, ...(password ? { password } : {}) } } }).then(onDone, form.fail);
  };
  useEffect(() => form.formRef.current?.querySelector<HTMLElement>("input")?.focus(), [form.formRef]);
  return (
    <form ref={form.formRef} className="admin-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("admin.place.editTitle", { name: user.username })}</h3>
      <TextField
        id={`${id}-displayName`}
        label={t("admin.user.displayName")}
        error={form.errors.displayName}
        value={values.displayName}
        onValue={(displayName) => setValues((v) => ({ ...v, displayName }))}
      />
      <Field id={`${id}-role`} label={t("admin.user.role")} error={form.errors.role}>
        <RoleSelect id={`${id}-role`} error={form.errors.role} value={values.role} onChange={(role) => setValues((v) => ({ ...v, role }))} />
      </Field>
      <div className={`radio${form.errors.active ? " form-field-invalid" : ""}`}>
        <input
          type="checkbox"
          {...described(`${id}-active`, form.errors.active)}
          checked={values.active}
          onChange={(e) => {
            const active = e.currentTarget.checked;
            setValues((v) => ({ ...v, active }));
          }}
        />
        <label htmlFor={`${id}-active`}>{t("admin.user.activeLabel")}</label>
        {form.errors.active ? (
          <p className="field-error" id={`${id}-active-error`}>
            {form.errors.active}
          </p>
        ) : null}
      </div>
      <TextField
        id={`${id}-password`}
        label={t("admin.user.newPassword")}
        type="password"
        autoComplete="new-password"
        error={form.errors.password}
        value={values.password}
        onValue={(password) => setValues((v) => ({ ...v, password }))}
      />
      {form.other ? <ErrorNotice error={form.other} /> : null}
      <FormActions save={t("admin.save")} busy={loading} cancel={t("admin.cancel")} onCancel={onDone} />
    </form>
  );
}

/** Adds a user. */
function CreateUser() {
  const { t } = useI18n();
  const empty = { username: "", displayName: "", role: "VIEWER" as Role, password: "" };
  const [values, setValues] = useState(empty);
  const [saved, setSaved] = useState(false);
  const form = useFormErrors((field) => `new-user-${field}`);
  const [create, { loading }] = useMutation(CreateUserMutation, { refetchQueries: [UsersQuery] });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!form.passes(breachMessages(requiredBreaches(values, ["username", "displayName", "password"]), t))) return;
    void create({ variables: { input: values } }).then(() => {
      setValues(empty);
      setSaved(true);
    }, form.fail);
  };
  const text = (key: "username" | "displayName" | "password", label: string) => (
    <TextField
      id={`new-user-${key}`}
      label={label}
      type={key === "password" ? "password" : "text"}
      autoComplete={key === "password" ? "new-password" : "off"}
      error={form.errors[key]}
      value={values[key]}
      onValue={(value) => setValues((v) => ({ ...v, [key]: value }))}
    />
  );
  return (
    <form ref={form.formRef} className="admin-form" onSubmit={submit} noValidate aria-labelledby="new-user-title">
      <h3 id="new-user-title">{t("admin.user.new")}</h3>
      <div className="form-grid">
        {text("username", t("admin.user.username"))}
        {text("displayName", t("admin.user.displayName"))}
        <Field id="new-user-role" label={t("admin.user.role")} error={form.errors.role}>
          <RoleSelect id="new-user-role" error={form.errors.role} value={values.role} onChange={(role) => setValues((v) => ({ ...v, role }))} />
        </Field>
        {text("password", t("admin.user.password"))}
      </div>
      {form.other ? <ErrorNotice error={form.other} /> : null}
      <p role="status">{saved ? t("admin.saved") : ""}</p>
      <FormActions save={t("admin.save")} busy={loading} />
    </form>
  );
}

const NO_USERS: UsersAdminQuery["users"] = [];

/** The users: a list with their role and state, a form to change one, a form to add one. */
export function UsersAdmin() {
  const { t } = useI18n();
  const { data, error, refetch } = useQuery(UsersQuery);
  const [editing, setEditing] = useState<string | null>(null);
  const users = useFragment(UsersAdminUser, data?.users ?? NO_USERS);
  const current = users.find((u) => u.id === editing);
  return (
    <>
      {error ? <ErrorNotice error={error} retry={() => void refetch()} /> : null}
      <AdminTable testId="users" columns={[t("admin.user.username"), t("admin.user.displayName"), t("admin.user.role"), t("admin.user.active")]} actions={t("admin.edit")}>
        {users.map((u) => (
          <tr key={u.id}>
            <td>{u.username}</td>
            <td>{u.displayName}</td>
            <td>{t(`role.${u.role}`)}</td>
            <td>{u.active ? t("admin.user.active") : t("admin.user.inactive")}</td>
            <td>
              <button type="button" className="button-secondary button-small" aria-label={`${t("admin.edit")}: ${u.username}`} onClick={() => setEditing(u.id)}>
                {t("admin.edit")}
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
      {current ? <EditUser key={current.id} user={current} onDone={() => setEditing(null)} /> : null}
      <CreateUser />
    </>
  );
}
