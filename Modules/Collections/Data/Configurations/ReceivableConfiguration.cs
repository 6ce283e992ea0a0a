using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Collections.Domain;

namespace SalesSuite.Collections.Data.Configurations;

internal sealed class ReceivableConfiguration : IEntityTypeConfiguration<Receivable>
{
    public void Configure(EntityTypeBuilder<Receivable> b)
    {
        b.ToTable("Receivables");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(Receivable.TitleMaxLength).IsRequired();
        b.Property(x => x.MilestoneType).HasMaxLength(MilestoneType.MaxLength).IsRequired();
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.PaidAmount).HasPrecision(18, 2);
        b.Property(x => x.Currency).HasMaxLength(3).IsRequired();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.ReportNote).HasMaxLength(Receivable.NoteMaxLength);
        b.Property(x => x.RejectionReason).HasMaxLength(Receivable.NoteMaxLength);
        b.Property(x => x.OverdueReasonText).HasMaxLength(Receivable.NoteMaxLength);
        b.Ignore(x => x.Outstanding);
        b.Ignore(x => x.IsPaid);
        b.Ignore(x => x.AwaitsConfirmation);
        // The boards: by owner and due date, by customer, by status and due date (overdue = open and due before today).
        // The owner and customer indexes also carry what the boards and reports add up (status, reason, amounts), and one
        // leads with the due date (Finance's board in due-date order, aging and overdue by date range), so that at 200,000
        // milestones pages and totals read indexes only (bench/Collections, docs/collections-reports.md).
        b.HasIndex(x => new { x.OwnerId, x.DueDate, x.Status, x.Amount, x.PaidAmount });
        b.HasIndex(x => new { x.CustomerId, x.DueDate, x.Status, x.OverdueReasonId, x.Amount, x.PaidAmount });
        b.HasIndex(x => new { x.Status, x.DueDate });
        b.HasIndex(x => new { x.DueDate, x.Status, x.OwnerId, x.CustomerId, x.OverdueReasonId, x.Amount, x.PaidAmount });
        b.HasIndex(x => new { x.ContractId, x.Sequence });
        // The overdue follow-up's candidates (not reported yet, or untagged and not escalated) answered from the index alone.
        b.HasIndex(x => new { x.Status, x.DueDate, x.OverdueNotifiedAt, x.OverdueReasonId, x.UntaggedEscalatedAt })
            .HasDatabaseName("IX_Receivables_OverdueFollowUp");
    }
}
