namespace SalesSuite.Stores.Application.Exceptions;

/// <summary>The grant form: which store, which day (today or later) and why.</summary>
public sealed class ExceptionInput
{
    public Guid StoreId { get; set; }
    public DateOnly? Day { get; set; }
    public string? Reason { get; set; }
}
