using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Data.Configurations;

internal sealed class BoardStampConfiguration : IEntityTypeConfiguration<BoardStamp>
{
    public void Configure(EntityTypeBuilder<BoardStamp> b)
    {
        b.ToTable("BoardStamps");
        b.HasKey(x => x.Board);
        b.Property(x => x.Board).HasMaxLength(BoardStamp.MaxBoard);
        b.HasData(BoardStamp.Initial.Select(s => new { s.Board, s.Value }));
    }
}
