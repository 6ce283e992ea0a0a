namespace SalesSuite.Collections.Domain;

/// <summary>
/// Where a milestone stands. <see cref="Open"/> includes partly paid; <see cref="Reported"/>: the salesperson says the
/// customer paid and Finance has not decided; <see cref="AwaitingReceipt"/>: the money is allocated but the kind needs a
/// bank receipt that is not attached yet; <see cref="Paid"/>: every precondition met.
/// </summary>
internal enum ReceivableStatus
{
    Open = 0,
    Reported = 1,
    AwaitingReceipt = 2,
    Paid = 3,
}
