-- A sender may withdraw an invitation while it is pending; decided_at is then when they withdrew it. A withdrawn
-- invitation is no decline (the cool-down reads DECLINED only) and no longer pending, so the partial unique index
-- "one pending invitation per pair" (where status = 'PENDING') lets the pair invite each other again.
alter table collaboration_invitations
    drop constraint collaboration_invitations_status_check,
    add constraint collaboration_invitations_status_check
        check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'));
