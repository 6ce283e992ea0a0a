using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Health.Domain;

namespace SalesSuite.Health.Data.Configurations;

internal sealed class ArchivedEventConfiguration : IEntityTypeConfiguration<ArchivedEvent>
{
    public void Configure(EntityTypeBuilder<ArchivedEvent> b)
    {
        b.ToTable("Archive");
        b.HasKey(x => x.Position);
        b.Property(x => x.Position).ValueGeneratedOnAdd();
        b.Property(x => x.Type).HasMaxLength(300).IsRequired();
        b.Property(x => x.Payload).IsRequired();
        // A redelivered event is archived once (the inbox already stops it; this backs that up).
        b.HasIndex(x => x.EventId).IsUnique();
        // The archive page's counts by type with their oldest and newest event read this index, not the payloads.
        b.HasIndex(x => new { x.Type, x.OccurredAt });
    }
}
