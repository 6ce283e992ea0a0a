using NodaTime;
using SalesSuite.Leads.Application.Corrections;

namespace SalesSuite.Leads.Application.Customers;

/// <summary>
/// One line of a customer's timeline (already in the reader's language), with its attachment or link if any; a
/// follow-up line names its follow-up (for the correction link), whether the reader may correct it, and its corrections;
/// a visit also whether it has a voice note (played through /Leads/Visits?handler=Voice) and its position.
/// </summary>
public sealed record TimelineItem(
    Instant At, string Kind, string Text, Guid? AttachmentId = null, string? AttachmentName = null, string? Link = null,
    Guid? FollowUpId = null, bool CanCorrect = false, IReadOnlyList<CorrectionLine>? Corrections = null, bool Voice = false,
    string? Position = null);
