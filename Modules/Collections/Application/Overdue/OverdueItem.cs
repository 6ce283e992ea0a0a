using NodaTime;

namespace SalesSuite.Collections.Application.Overdue;

/// <summary>One overdue milestone on the overdue list (a card on a phone).</summary>
internal sealed record OverdueItem(
    Guid Id,
    string Title,
    string ContractNumber,
    string? CustomerName,
    Guid OwnerId,
    /// <summary>The owner's name when the reader is not the owner (a manager's or Finance's list).</summary>
    string? OwnerName,
    decimal Outstanding,
    string Currency,
    LocalDate DueDate,
    int DaysOverdue,
    string? ReasonName,
    string? ReasonText,
    bool Escalated);
