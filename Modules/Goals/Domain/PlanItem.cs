using NodaTime;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Goals.Domain;

/// <summary>One planned key action on a day of a weekly plan, optionally for a customer (name kept as planned) and a product line.</summary>
internal sealed class PlanItem
{
    public const int NoteMaxLength = 200;
    public const int ProductMaxLength = 60;

    public PlanItem(Guid id, Guid planId, Guid userId, LocalDate day, Guid actionTypeId, Guid? customerId, string? customerName,
        string? productLine, string? note)
    {
        var trimmedNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        DomainException.ThrowIf(trimmedNote?.Length > NoteMaxLength, "Plans_Error_Note", NoteMaxLength);
        var product = string.IsNullOrWhiteSpace(productLine) ? null : productLine.Trim();
        DomainException.ThrowIf(product?.Length > ProductMaxLength, "Plans_Error_Product", ProductMaxLength);
        Id = id;
        PlanId = planId;
        UserId = userId;
        Day = day;
        ActionTypeId = actionTypeId;
        CustomerId = customerId;
        CustomerName = customerId is null || string.IsNullOrWhiteSpace(customerName) ? null
            : customerName.Trim()[..Math.Min(customerName.Trim().Length, GoalCustomer.NameMaxLength)];
        ProductLine = product;
        Note = trimmedNote;
    }

    private PlanItem()
    {
        // EF Core
    }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid UserId { get; private set; }
    public LocalDate Day { get; private set; }
    public Guid ActionTypeId { get; private set; }
    public Guid? CustomerId { get; private set; }
    public string? CustomerName { get; private set; }
    public string? ProductLine { get; private set; }
    public string? Note { get; private set; }

    public void MoveTo(LocalDate day) => Day = day;
}
