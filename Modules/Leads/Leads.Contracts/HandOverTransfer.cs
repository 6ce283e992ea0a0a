namespace SalesSuite.Leads.Contracts;

/// <summary>
/// How many records of one type (Customer, Deal, NextAction, Lead) went to one receiver. <see cref="Sequences"/>, when
/// carried, is each record's sequence after the hand-over, in the order of <see cref="RecordIds"/> (deals: see
/// <see cref="DealOpened.Sequence"/>).
/// </summary>
public sealed record HandOverTransfer(
    Guid ToUserId, string RecordType, int Count, IReadOnlyList<Guid> RecordIds, IReadOnlyList<long>? Sequences = null)
{
    /// <summary>The sequence carried for <paramref name="recordId"/>; 0 when none is (an event written before sequences).</summary>
    public long SequenceOf(Guid recordId)
    {
        var index = RecordIds.ToList().IndexOf(recordId);
        return Sequences is { } s && index >= 0 && index < s.Count ? s[index] : 0;
    }
}
