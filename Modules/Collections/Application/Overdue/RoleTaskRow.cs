using NodaTime;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>An open playbook task for one of the reader's functional roles (Finance, Legal …), with its receivable.</summary>
internal sealed record RoleTaskRow(
    Guid Id, Guid ReceivableId, string Text, string ResponsibleRole, string? LinkOrTemplate, LocalDate DueOn, int Version,
    string ReceivableTitle, string ContractNumber, string? CustomerName, bool Late);
