(func 1 (local i32 i32 i64 i64 i64 i64 i64 f64 i32 i32 i32 i32 i32 i64 f64 f64 f64 f64 f64 f64)
  block
    block
      block
        block
          local.get 7
          global.get 0
          i32.ge_u
          if
            local.get 7
            i32.const 0
            i32.ge_s
            if
              local.get 7
              local.set 9
              i32.const 0
              local.set 16
              i32.const 8
              local.set 17
              br 3
            end
            local.get 7
            i32.const -1
            i32.xor
            local.set 8
            global.get 1
            local.set 9
            global.get 2
            local.set 10
            global.get 3
            local.set 11
          else
            i32.const -1
            local.set 8
            local.get 7
            local.set 9
            local.get 5
            local.tee 10
            i32.wrap_i64
            i64.load
            local.set 11
          end
          block
            block
              block
                block
                  block
                    block
                      local.get 8
                      i32.const -1
                      i32.ne
                      if
                        local.get 8
                        i32.const 1
                        i32.eq
                        if
                          local.get 3
                          i64.const 8
                          i64.ne
                          if
                            i32.const 10
                            local.set 16
                            i32.const 8
                            local.set 17
                            br 10
                          end
                        end
                        local.get 8
                        i32.const 2
                        i32.eq
                        if
                          local.get 3
                          i64.const 8
                          i64.ne
                          if
                            i32.const 5
                            local.set 16
                            i32.const 8
                            local.set 17
                            br 10
                          end
                        end
                        local.get 8
                        i32.const 3
                        i32.eq
                        if
                          local.get 3
                          i64.const 8
                          i64.ne
                          if
                            i32.const 11
                            local.set 16
                            i32.const 8
                            local.set 17
                            br 10
                          end
                        end
                        block
                          block
                            local.get 8
                            br_table 1 0 1 1 1 1
                          end
                          local.get 6
                          i64.const 5
                          i64.add
                          local.set 6
                          br 0
                        end
                        block
                          local.get 8
                          br_table 0 0 0 0 0 0
                        end
                        local.get 8
                        i32.const -1
                        local.set 8
                        br_table 1 2 3 4 5 1
                      end
                    end
                    local.get 6
                    i64.const 5
                    i64.sub
                    local.tee 6
                    i64.const 0
                    i64.lt_s
                    if
                      i32.const 0
                      i32.const 5
                      i32.store offset=1048724
                      i32.const 139
                      local.set 16
                      br 6
                    end
                    i64.const 65584
                    local.set 2
                    i64.const 8
                    local.set 3
                    i64.const 0
                    local.set 0
                    i64.const 0
                    local.set 1
                    local.get 6
                    i64.const -5
                    i64.sub
                    local.set 6
                  end
                  local.get 6
                  i64.const 6
                  i64.sub
                  local.tee 6
                  i64.const 5
                  i64.lt_s
                  if
                    i32.const 0
                    i32.const 6
                    i32.store offset=1048724
                    i32.const 2691
                    local.set 16
                    br 5
                  end
                  local.get 1
                  i64.const 8
                  i64.lt_s
                  if
                    br 1
                  end
                  br 1
                end
                local.get 3
                local.get 1
                i64.sub
                local.tee 12
                i64.const 4294967295
                i64.le_u
                local.get 6
                local.get 12
                i64.const 1
                i64.add
                i64.const 6
                i64.mul
                i64.ge_s
                i32.and
                local.get 1
                local.get 3
                i64.lt_s
                i32.and
                local.get 1
                local.get 12
                i64.add
                local.set 13
                local.get 1
                i64.const 8
                i64.mul
                local.get 2
                i64.add
                i64.const -65536
                i64.add
                i64.const 983032
                i64.le_u
                local.get 13
                i64.const 8
                i64.mul
                local.get 2
                i64.add
                i64.const -65536
                i64.add
                i64.const 983032
                i64.le_u
                i32.and
                i32.and
                if
                  loop
                    block
                      block
                      end
                      local.get 1
                      local.set 4
                      local.get 4
                      i64.const 3
                      i64.shl
                      local.set 4
                      local.get 2
                      local.get 4
                      i64.add
                      i32.wrap_i64
                      i64.load
                      local.set 4
                      local.get 0
                      local.get 4
                      i64.add
                      local.set 0
                      local.get 1
                      i64.const 1
                      i64.add
                      local.set 1
                    end
                    local.get 6
                    i64.const 6
                    i64.sub
                    local.set 6
                    local.get 1
                    i64.const 8
                    i64.lt_s
                    if
                      br 1
                    end
                    br 2
                  end
                else
                  loop
                    block
                      block
                      end
                      local.get 1
                      local.set 4
                      local.get 4
                      i64.const 3
                      i64.shl
                      local.set 4
                      local.get 2
                      local.get 4
                      i64.add
                      local.tee 14
                      i64.const 65536
                      i64.sub
                      i64.const 983032
                      i64.gt_u
                      if
                        i32.const 1916
                        local.set 16
                        br 7
                      end
                      local.get 14
                      i32.wrap_i64
                      i64.load
                      local.set 4
                      local.get 0
                      local.get 4
                      i64.add
                      local.set 0
                      local.get 1
                      i64.const 1
                      i64.add
                      local.set 1
                    end
                    local.get 6
                    i64.const 6
                    i64.sub
                    local.tee 6
                    i64.const 5
                    i64.lt_s
                    if
                      i32.const 0
                      i32.const 6
                      i32.store offset=1048724
                      i32.const 2691
                      local.set 16
                      br 6
                    end
                    local.get 1
                    i64.const 8
                    i64.lt_s
                    if
                      br 1
                    end
                    br 2
                  end
                end
              end
              local.get 5
              local.get 10
              i64.ne
              local.get 10
              i32.wrap_i64
              i64.load
              local.get 11
              i64.ne
              i32.or
              if
                i32.const 2944
                local.set 16
                br 3
              end
              local.get 0
              local.get 1
              local.get 2
              local.get 3
              local.get 4
              local.get 6
              i64.const 1
              i64.sub
              return
            end
            local.get 6
            i64.const 2
            i64.sub
            local.tee 6
            i64.const 0
            i64.lt_s
            if
              i32.const 0
              i32.const 2
              i32.store offset=1048724
              i32.const 3205
              local.set 16
              br 2
            end
            i32.const 3458
            local.set 16
            br 1
          end
          unreachable
        end
        local.get 6
        local.get 16
        i32.const 1
        i32.shr_u
        i32.const 127
        i32.and
        i32.const 64
        i32.sub
        i64.extend_i32_s
        i64.add
        local.set 6
        i32.const 1
        i32.const 8
        local.get 16
        i32.const 1
        i32.and
        select
        local.set 17
        local.get 16
        i32.const 8
        i32.shr_u
        local.set 16
      end
      i32.const 0
      local.get 6
      i64.store offset=1048712
      i32.const 0
      local.get 16
      i32.store offset=1048704
      i32.const 0
      local.get 17
      i32.store offset=1048708
      i32.const 0
      local.get 9
      i32.store offset=1048720
      i32.const 0
      local.get 0
      i64.store offset=1048576
      i32.const 0
      local.get 1
      i64.store offset=1048584
      i32.const 0
      local.get 2
      i64.store offset=1048592
      i32.const 0
      local.get 3
      i64.store offset=1048600
      i32.const 0
      local.get 4
      i64.store offset=1048608
      i32.const 0
      local.get 5
      i64.store offset=1048696
      br 1
    end
    local.get 9
    i32.const 2
    i32.shl
    local.tee 19
    local.get 12
    i32.wrap_i64
    i32.store offset=1048832
    local.get 19
    local.get 16
    i32.store offset=1310976
  end
  local.get 0
  local.get 1
  local.get 2
  local.get 3
  local.get 4
  i64.const -1)
(func 2
  local.get 0
  local.get 1
  local.get 2
  local.get 3
  local.get 4
  local.get 15
  local.get 16
  local.get 17
  call 1
  local.set 16
  local.set 4
  local.set 3
  local.set 2
  local.set 1
  local.set 0
  local.get 16
  i64.const 0
  i64.lt_s
  if
    i32.const 0
    local.get 5
    i64.store offset=1048616
    i32.const 0
    local.get 6
    i64.store offset=1048624
    i32.const 0
    local.get 7
    i64.store offset=1048632
    i32.const 0
    local.get 8
    i64.store offset=1048640
    i32.const 0
    local.get 9
    i64.store offset=1048648
    i32.const 0
    local.get 10
    i64.store offset=1048656
    i32.const 0
    local.get 11
    i64.store offset=1048664
    i32.const 0
    local.get 12
    i64.store offset=1048672
    i32.const 0
    local.get 13
    i64.store offset=1048680
    i32.const 0
    local.get 14
    i64.store offset=1048688
  end
  local.get 0
  local.get 1
  local.get 2
  local.get 3
  local.get 4
  local.get 5
  local.get 6
  local.get 7
  local.get 8
  local.get 9
  local.get 10
  local.get 11
  local.get 12
  local.get 13
  local.get 14
  local.get 16)
(func 3 (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i32 i32 i64)
  i32.const 0
  i32.load offset=1048720
  local.tee 19
  global.set 1
  local.get 19
  i32.const 800
  i32.add
  i32.const 65536
  local.get 19
  i32.const 64736
  i32.lt_u
  select
  global.set 0
  local.get 19
  i32.eqz
  if
    i64.const 1099511627776
    local.set 21
    i32.const -1
    local.set 20
  else
    local.get 19
    i32.const 2
    i32.shl
    local.tee 20
    i32.load offset=1048828
    i64.extend_i32_u
    local.set 21
    local.get 20
    i32.load offset=1310972
    local.set 20
  end
  local.get 21
  global.set 2
  local.get 20
  i64.extend_i32_s
  i64.const 2
  i64.shl
  i64.const 65536
  i64.add
  i64.const -1
  local.get 19
  i32.eqz
  select
  global.set 3
  i32.const 0
  i64.load offset=1048576
  i32.const 0
  i64.load offset=1048584
  i32.const 0
  i64.load offset=1048592
  i32.const 0
  i64.load offset=1048600
  i32.const 0
  i64.load offset=1048608
  i32.const 0
  i64.load offset=1048616
  i32.const 0
  i64.load offset=1048624
  i32.const 0
  i64.load offset=1048632
  i32.const 0
  i64.load offset=1048640
  i32.const 0
  i64.load offset=1048648
  i32.const 0
  i64.load offset=1048656
  i32.const 0
  i64.load offset=1048664
  i32.const 0
  i64.load offset=1048672
  i32.const 0
  i64.load offset=1048680
  i32.const 0
  i64.load offset=1048688
  i32.const 0
  i64.load offset=1048696
  i32.const 0
  i64.load offset=1048712
  local.get 1
  i32.const -1
  i32.xor
  local.get 0
  call_indirect (type 0)
  local.set 18
  local.set 16
  local.set 15
  local.set 14
  local.set 13
  local.set 12
  local.set 11
  local.set 10
  local.set 9
  local.set 8
  local.set 7
  local.set 6
  local.set 5
  local.set 4
  local.set 3
  local.set 2
  local.get 18
  i64.const 0
  i64.lt_s
  if
    i32.const 0
    i32.load offset=1048708
    return
  end
  i32.const 0
  local.get 2
  i64.store offset=1048576
  i32.const 0
  local.get 3
  i64.store offset=1048584
  i32.const 0
  local.get 4
  i64.store offset=1048592
  i32.const 0
  local.get 5
  i64.store offset=1048600
  i32.const 0
  local.get 6
  i64.store offset=1048608
  i32.const 0
  local.get 7
  i64.store offset=1048616
  i32.const 0
  local.get 8
  i64.store offset=1048624
  i32.const 0
  local.get 9
  i64.store offset=1048632
  i32.const 0
  local.get 10
  i64.store offset=1048640
  i32.const 0
  local.get 11
  i64.store offset=1048648
  i32.const 0
  local.get 12
  i64.store offset=1048656
  i32.const 0
  local.get 13
  i64.store offset=1048664
  i32.const 0
  local.get 14
  i64.store offset=1048672
  i32.const 0
  local.get 15
  i64.store offset=1048680
  i32.const 0
  local.get 16
  i64.store offset=1048688
  i32.const 0
  local.get 21
  i64.const 8
  i64.add
  i64.store offset=1048696
  i32.const 0
  local.get 18
  i64.store offset=1048712
  i32.const 0
  local.get 20
  i32.store offset=1048704
  block
    loop
      local.get 19
      i32.eqz
      br_if 1
      local.get 19
      i32.const 2
      i32.shl
      i32.load offset=1048828
      local.get 21
      i32.wrap_i64
      i32.gt_s
      br_if 1
      local.get 19
      i32.const 1
      i32.sub
      local.set 19
      br 0
    end
  end
  i32.const 0
  local.get 19
  i32.store offset=1048720
  i32.const 7)
