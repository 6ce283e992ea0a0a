namespace SalesSuite.Collections.Application.Reports;

/// <summary>The board's status filter. <see cref="Unpaid"/> (everything not paid yet) is the default.</summary>
public enum BoardStatus
{
    Unpaid = 0,
    /// <summary>Open with nothing received yet.</summary>
    Open = 1,
    /// <summary>Open with part of the money received.</summary>
    PartlyPaid = 2,
    /// <summary>The salesperson reported "customer says paid"; Finance has not decided.</summary>
    Reported = 3,
    AwaitingReceipt = 4,
    /// <summary>Not paid and due before today (business day).</summary>
    Overdue = 5,
    Paid = 6,
    All = 7,
}
